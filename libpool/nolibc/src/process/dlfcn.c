/* No dynamic loading: an image is linked whole. dlopen says so on stderr
 * and fails; dlerror tells the program why. */
#include <dlfcn.h>
#include <stdio.h>

static const char *err;

void *dlopen(const char *file, int mode)
{
	(void)mode;
	err = "dynamic loading is not available in a unikernel "
	      "(link the code into the image)";
	fprintf(stderr, "dlopen(\"%s\"): %s\n", file ? file : "(null)", err);
	return NULL;
}

void *dlsym(void *handle, const char *name)
{
	(void)handle, (void)name;
	err = "no such symbol: nothing is loaded dynamically";
	return NULL;
}

int dlclose(void *handle)
{
	(void)handle;
	err = "nothing is loaded dynamically";
	return -1;
}

char *dlerror(void)
{
	const char *e = err;

	err = NULL;
	return (char *)e;
}

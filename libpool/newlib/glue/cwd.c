/* The working directory, vfscore's. */
#include <stdlib.h>
#include <unistd.h>
#include "fd.h"

int chdir(const char *path)
{
	return glue_ret(vfscore_chdir(path));
}

int fchdir(int fd)
{
	return glue_ret(vfscore_fchdir(fd));
}

/* A NULL buf is allocated (glibc's extension): size bytes, or as many as
 * the path needs when size is 0. */
char *getcwd(char *buf, size_t size)
{
	char tmp[VFSCORE_PATH_MAX], *out;
	long n = vfscore_getcwd(tmp, sizeof(tmp));

	if (n < 0)
		return glue_ret(n), NULL;
	if (buf && (size_t)n > size)
		return glue_ret(-ERANGE), NULL;
	if (!buf) {
		if (size && (size_t)n > size)
			return glue_ret(-ERANGE), NULL;
		buf = malloc(size ? size : (size_t)n);
		if (!buf)
			return NULL;
	}
	out = buf;
	for (long i = 0; i < n; i++)
		out[i] = tmp[i];
	return out;
}

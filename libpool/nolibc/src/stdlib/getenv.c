#include <stdlib.h>
#include <string.h>
#include <uk/plat/cmdline.h>

/* The environment is the platform's (linuxu: the process's); none on
 * platforms without one. */
char *getenv(const char *name)
{
	size_t n = strlen(name);
	char **e;

	if (!ukplat_environ || !n || strchr(name, '='))
		return NULL;
	for (e = ukplat_environ(); *e; e++)
		if (!strncmp(*e, name, n) && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}

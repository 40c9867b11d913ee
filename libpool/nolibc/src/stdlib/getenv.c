#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The environment (process/environ.c: the platform's at boot). */
char *getenv(const char *name)
{
	size_t n = strlen(name);
	char **e;

	if (!n || strchr(name, '='))
		return NULL;
	for (e = environ; *e; e++)
		if (!strncmp(*e, name, n) && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}

char *secure_getenv(const char *name)
{
	return getenv(name);
}

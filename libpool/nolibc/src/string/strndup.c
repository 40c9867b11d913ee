#include <string.h>
#include <stdlib.h>

char *strndup(const char *s, size_t n)
{
	char *d;

	n = strnlen(s, n);
	d = malloc(n + 1);
	if (!d)
		return NULL;
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

#include <string.h>

/* strchr, but the end of @s rather than NULL when @c is not there. */
char *strchrnul(const char *s, int c)
{
	while (*s && *s != (char)c)
		s++;
	return (char *)s;
}

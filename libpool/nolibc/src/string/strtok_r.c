#include <string.h>

char *strtok_r(char *s, const char *delim, char **save)
{
	if (!s)
		s = *save;
	s += strspn(s, delim);
	if (!*s) {
		*save = s;
		return NULL;
	}
	*save = s + strcspn(s, delim);
	if (**save)
		*(*save)++ = '\0';
	return s;
}

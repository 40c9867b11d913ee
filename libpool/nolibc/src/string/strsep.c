#include <string.h>

/* The token at *@sp up to a byte of @delim (replaced by NUL); *@sp moves
 * past it, or becomes NULL after the last token. */
char *strsep(char **sp, const char *delim)
{
	char *s = *sp, *e;

	if (!s)
		return NULL;
	e = s + strcspn(s, delim);
	*sp = *e ? e + 1 : NULL;
	*e = 0;
	return s;
}

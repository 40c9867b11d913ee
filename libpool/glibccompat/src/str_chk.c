/* Fortified string copies: glibc passes the destination's size as known
 * to the compiler (dlen); overflowing it stops the unikernel. */
#include "compat.h"
#include <string.h>

char *__strcpy_chk(char *d, const char *s, size_t dlen)
{
	size_t n = strlen(s) + 1;

	if (n > dlen)
		__chk_fail();
	return memcpy(d, s, n);
}

char *__stpcpy_chk(char *d, const char *s, size_t dlen)
{
	size_t n = strlen(s);

	if (n >= dlen)
		__chk_fail();
	memcpy(d, s, n + 1);
	return d + n;
}

char *__strcat_chk(char *d, const char *s, size_t dlen)
{
	size_t l = strlen(d), n = strlen(s) + 1;

	if (l + n > dlen)
		__chk_fail();
	memcpy(d + l, s, n);
	return d;
}

/* strncpy writes exactly n bytes, whatever the length of s. */
char *__strncpy_chk(char *d, const char *s, size_t n, size_t dlen)
{
	if (n > dlen)
		__chk_fail();
	return strncpy(d, s, n);
}

char *__strncat_chk(char *d, const char *s, size_t n, size_t dlen)
{
	size_t l = strlen(d), k = strnlen(s, n);

	if (l + k + 1 > dlen)
		__chk_fail();
	memcpy(d + l, s, k);
	d[l + k] = 0;
	return d;
}

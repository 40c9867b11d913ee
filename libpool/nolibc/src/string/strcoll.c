#include <string.h>

/* The C and C.UTF-8 locales collate by code point: byte order (UTF-8
 * keeps it). */
int strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}

/* The collation key is the string itself: strlen(@src); @dst gets a
 * copy when it fits in @n bytes. */
size_t strxfrm(char *dst, const char *src, size_t n)
{
	size_t len = strlen(src);

	if (len < n)
		memcpy(dst, src, len + 1);
	return len;
}

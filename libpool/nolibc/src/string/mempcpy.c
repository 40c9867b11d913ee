#include <string.h>

/* memcpy, returning the end of the copy (GNU). */
void *mempcpy(void *dst, const void *src, size_t n)
{
	return (char *)memcpy(dst, src, n) + n;
}

/* strncpy, returning the end of what was copied (POSIX 2008). */
char *stpncpy(char *dst, const char *src, size_t n)
{
	size_t len = strnlen(src, n);

	memcpy(dst, src, len);
	memset(dst + len, 0, n - len);
	return dst + len;
}

#include <string.h>

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d <= s || d >= s + n)
		return memcpy(dst, src, n);	/* forward copy is safe */
	while (n--)
		d[n] = s[n];
	return dst;
}

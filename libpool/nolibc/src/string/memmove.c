#include <string.h>
#include "word.h"

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	uint64_t a, b;

	if (d <= s || d >= s + n)
		return memcpy(dst, src, n);	/* forward copy is safe */
	/* backward: from the end, each step's loads before its stores */
	d += n;
	s += n;
	for (; n >= 16; n -= 16) {
		d -= 16;
		s -= 16;
		a = ((const _nolibc_uword *)s)[1];
		b = ((const _nolibc_uword *)s)[0];
		((_nolibc_uword *)d)[1] = a;
		((_nolibc_uword *)d)[0] = b;
	}
	while (n--)
		*--d = *--s;
	return dst;
}

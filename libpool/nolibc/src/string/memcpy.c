#include <string.h>
#include "word.h"

/* Forward, 32 then 8 bytes at a time (unaligned words), then bytes: all
 * loads of a step come before its stores, so memmove may use it when
 * the destination lies below the source. */
void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	uint64_t a, b, c, e;

	for (; n >= 32; n -= 32, d += 32, s += 32) {
		a = ((const _nolibc_uword *)s)[0];
		b = ((const _nolibc_uword *)s)[1];
		c = ((const _nolibc_uword *)s)[2];
		e = ((const _nolibc_uword *)s)[3];
		((_nolibc_uword *)d)[0] = a;
		((_nolibc_uword *)d)[1] = b;
		((_nolibc_uword *)d)[2] = c;
		((_nolibc_uword *)d)[3] = e;
	}
	for (; n >= 8; n -= 8, d += 8, s += 8)
		*(_nolibc_uword *)d = *(const _nolibc_uword *)s;
	while (n--)
		*d++ = *s++;
	return dst;
}

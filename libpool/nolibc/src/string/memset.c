#include <string.h>
#include "word.h"

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	uint64_t w = (unsigned char)c * _NOLIBC_ONES;

	for (; n >= 32; n -= 32, d += 32) {
		((_nolibc_uword *)d)[0] = w;
		((_nolibc_uword *)d)[1] = w;
		((_nolibc_uword *)d)[2] = w;
		((_nolibc_uword *)d)[3] = w;
	}
	for (; n >= 8; n -= 8, d += 8)
		*(_nolibc_uword *)d = w;
	while (n--)
		*d++ = c;
	return dst;
}

#include <string.h>
#include "word.h"

/* Eight bytes at a time; the first differing word decides, compared as
 * big-endian numbers (byte order). */
int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;
	uint64_t x, y;

	for (; n >= 8; n -= 8, p += 8, q += 8) {
		x = *(const _nolibc_uword *)p;
		y = *(const _nolibc_uword *)q;
		if (x != y) {
			x = __builtin_bswap64(x);
			y = __builtin_bswap64(y);
			return x < y ? -1 : 1;
		}
	}
	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

#include <string.h>
#include "word.h"

/* Words compared as big-endian numbers (byte order): the first word that
 * differs decides. Eight bytes a step; the rest of a run of 8 or more is
 * the last 8 bytes (overlapping bytes already found equal), of a shorter
 * run two 4-byte words or single bytes. */
static inline int order8(uint64_t x, uint64_t y)
{
	x = __builtin_bswap64(x);
	y = __builtin_bswap64(y);
	return x < y ? -1 : 1;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;
	uint64_t x, y;

	if (n >= 8) {
		for (; n > 8; n -= 8, p += 8, q += 8) {
			x = _nolibc_ld8(p);
			y = _nolibc_ld8(q);
			if (x != y)
				return order8(x, y);
		}
		x = _nolibc_ld8(p + n - 8);
		y = _nolibc_ld8(q + n - 8);
		return x == y ? 0 : order8(x, y);
	}
	if (n >= 4) {	/* 4..7: the first 4 bytes, then the last 4 */
		x = (uint64_t)__builtin_bswap32(_nolibc_ld4(p)) << 32 |
		    __builtin_bswap32(_nolibc_ld4(p + n - 4));
		y = (uint64_t)__builtin_bswap32(_nolibc_ld4(q)) << 32 |
		    __builtin_bswap32(_nolibc_ld4(q + n - 4));
		return x == y ? 0 : x < y ? -1 : 1;
	}
	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

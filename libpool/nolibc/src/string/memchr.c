#include <string.h>
#include "word.h"

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	uint64_t m = (unsigned char)c * _NOLIBC_ONES, z;

	for (; n >= 8; n -= 8, p += 8) {
		z = _nolibc_haszero(*(const _nolibc_uword *)p ^ m);
		if (z)
			return (void *)(p + _nolibc_zeroidx(z));
	}
	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

#include <string.h>
#include "word.h"
#include "copy.h"

/* Up to 32 bytes without a loop (copy.h); above, 32 bytes a step
 * forward, the last 32 bytes loaded before the first store and stored
 * last (overlapping the final step). Each step loads before it stores,
 * so memmove uses this whenever the destination lies below the source. */
void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst, *dl;
	const unsigned char *s = src;
	uint64_t a, b, c, e, t0, t1, t2, t3;

	if (n <= 32) {
		_nolibc_copy_small(d, s, n);
		return dst;
	}
	dl = d + n - 32;
	t0 = _nolibc_ld8(s + n - 32);
	t1 = _nolibc_ld8(s + n - 24);
	t2 = _nolibc_ld8(s + n - 16);
	t3 = _nolibc_ld8(s + n - 8);
	for (; n > 32; n -= 32, d += 32, s += 32) {
		a = _nolibc_ld8(s);
		b = _nolibc_ld8(s + 8);
		c = _nolibc_ld8(s + 16);
		e = _nolibc_ld8(s + 24);
		_nolibc_st8(d, a);
		_nolibc_st8(d + 8, b);
		_nolibc_st8(d + 16, c);
		_nolibc_st8(d + 24, e);
	}
	_nolibc_st8(dl, t0);
	_nolibc_st8(dl + 8, t1);
	_nolibc_st8(dl + 16, t2);
	_nolibc_st8(dl + 24, t3);
	return dst;
}

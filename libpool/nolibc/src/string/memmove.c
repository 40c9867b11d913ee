#include <string.h>
#include "word.h"
#include "copy.h"

/* memcpy is right unless the destination starts inside the source
 * (memcpy.c, copy.h); then 32 bytes a step from the end, the first 32
 * bytes loaded before the first store and stored last. */
void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	uint64_t a, b, c, e, h0, h1, h2, h3;

	if (n <= 32) {
		_nolibc_copy_small(d, s, n);
		return dst;
	}
	if (d <= s || d >= s + n)
		return memcpy(dst, src, n);
	h0 = _nolibc_ld8(s);
	h1 = _nolibc_ld8(s + 8);
	h2 = _nolibc_ld8(s + 16);
	h3 = _nolibc_ld8(s + 24);
	for (; n > 32; n -= 32) {
		a = _nolibc_ld8(s + n - 32);
		b = _nolibc_ld8(s + n - 24);
		c = _nolibc_ld8(s + n - 16);
		e = _nolibc_ld8(s + n - 8);
		_nolibc_st8(d + n - 32, a);
		_nolibc_st8(d + n - 24, b);
		_nolibc_st8(d + n - 16, c);
		_nolibc_st8(d + n - 8, e);
	}
	_nolibc_st8(d, h0);
	_nolibc_st8(d + 8, h1);
	_nolibc_st8(d + 16, h2);
	_nolibc_st8(d + 24, h3);
	return dst;
}

/* Copies of 0..32 bytes for memcpy and memmove (private): two possibly
 * overlapping loads from each end of the range, every load before the
 * first store, so the copy is right whichever way the buffers overlap.
 * Ordinary programs copy mostly short runs (records, keys, cells): no
 * loop and no byte tail for them. */
#ifndef _NOLIBC_COPY_H
#define _NOLIBC_COPY_H

#include <stddef.h>
#include "word.h"

static inline void _nolibc_copy_small(unsigned char *d,
				      const unsigned char *s, size_t n)
{
	uint64_t a, b, c, e;
	uint32_t x, y;
	unsigned char u, v, w;

	if (n >= 16) {
		a = _nolibc_ld8(s);
		b = _nolibc_ld8(s + 8);
		c = _nolibc_ld8(s + n - 16);
		e = _nolibc_ld8(s + n - 8);
		_nolibc_st8(d, a);
		_nolibc_st8(d + 8, b);
		_nolibc_st8(d + n - 16, c);
		_nolibc_st8(d + n - 8, e);
	} else if (n >= 8) {
		a = _nolibc_ld8(s);
		b = _nolibc_ld8(s + n - 8);
		_nolibc_st8(d, a);
		_nolibc_st8(d + n - 8, b);
	} else if (n >= 4) {
		x = _nolibc_ld4(s);
		y = _nolibc_ld4(s + n - 4);
		_nolibc_st4(d, x);
		_nolibc_st4(d + n - 4, y);
	} else if (n) {
		u = s[0];
		v = s[n / 2];
		w = s[n - 1];
		d[0] = u;
		d[n / 2] = v;
		d[n - 1] = w;
	}
}

#endif

#include <string.h>
#include "word.h"

/* As memcpy: runs of up to 32 bytes without a loop (stores from both
 * ends, possibly overlapping), longer ones 32 bytes a step, then the
 * last 32 bytes at once. */
void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst, *e = d + n;
	uint64_t w = (unsigned char)c * _NOLIBC_ONES;

	if (n < 4) {
		while (n--)
			*d++ = c;
	} else if (n < 8) {
		_nolibc_st4(d, (uint32_t)w);
		_nolibc_st4(e - 4, (uint32_t)w);
	} else if (n <= 16) {
		_nolibc_st8(d, w);
		_nolibc_st8(e - 8, w);
	} else if (n <= 32) {
		_nolibc_st8(d, w);
		_nolibc_st8(d + 8, w);
		_nolibc_st8(e - 16, w);
		_nolibc_st8(e - 8, w);
	} else {
		for (; n > 32; n -= 32, d += 32) {
			_nolibc_st8(d, w);
			_nolibc_st8(d + 8, w);
			_nolibc_st8(d + 16, w);
			_nolibc_st8(d + 24, w);
		}
		_nolibc_st8(e - 32, w);
		_nolibc_st8(e - 24, w);
		_nolibc_st8(e - 16, w);
		_nolibc_st8(e - 8, w);
	}
	return dst;
}

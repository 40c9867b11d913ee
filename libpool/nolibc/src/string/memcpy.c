#include <string.h>
#include <stdint.h>

/* Word copies when both pointers share alignment, bytes otherwise. */
void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (!(((uintptr_t)d ^ (uintptr_t)s) & (sizeof(long) - 1))) {
		for (; ((uintptr_t)d & (sizeof(long) - 1)) && n; n--)
			*d++ = *s++;
		for (; n >= sizeof(long); n -= sizeof(long)) {
			*(long *)(void *)d = *(const long *)(const void *)s;
			d += sizeof(long);
			s += sizeof(long);
		}
	}
	while (n--)
		*d++ = *s++;
	return dst;
}

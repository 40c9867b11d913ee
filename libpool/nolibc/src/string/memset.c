#include <string.h>
#include <stdint.h>

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	unsigned long w = (unsigned char)c * (~0UL / 0xff);

	for (; ((uintptr_t)d & (sizeof(long) - 1)) && n; n--)
		*d++ = c;
	for (; n >= sizeof(long); n -= sizeof(long), d += sizeof(long))
		*(unsigned long *)(void *)d = w;
	while (n--)
		*d++ = c;
	return dst;
}

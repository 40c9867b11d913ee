#include <string.h>

/* A 256-bit map of @set (never the terminator), one test per byte. */
size_t strspn(const char *s, const char *set)
{
	unsigned long map[256 / (8 * sizeof(long))] = { 0 };
	const unsigned char *p = (const unsigned char *)set;
	size_t n = 0;

	for (; *p; p++)
		map[*p / (8 * sizeof(long))] |= 1UL << (*p % (8 * sizeof(long)));
	for (p = (const unsigned char *)s;
	     map[p[n] / (8 * sizeof(long))] & 1UL << (p[n] % (8 * sizeof(long)));
	     n++)
		;
	return n;
}

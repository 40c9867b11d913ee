#include <string.h>

/* A 256-bit map of @set, then one test per byte of @s. */
size_t strcspn(const char *s, const char *set)
{
	unsigned long map[256 / (8 * sizeof(long))] = { 0 };
	const unsigned char *p = (const unsigned char *)set;
	size_t n = 0;

	for (; *p; p++)
		map[*p / (8 * sizeof(long))] |= 1UL << (*p % (8 * sizeof(long)));
	map[0] |= 1;	/* the terminator stops the scan */
	for (p = (const unsigned char *)s;
	     !(map[p[n] / (8 * sizeof(long))] & 1UL << (p[n] % (8 * sizeof(long))));
	     n++)
		;
	return n;
}

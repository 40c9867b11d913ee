#include <string.h>

/* Sets of one or two characters (a case-insensitive search: SQLite's
 * LIKE) are compared directly; larger ones through a 256-bit map of the
 * set, then one test per byte of @s. */
size_t strcspn(const char *s, const char *set)
{
	unsigned long map[256 / (8 * sizeof(long))] = { 0 };
	const unsigned char *p = (const unsigned char *)set;
	unsigned char a = p[0], b, c;
	size_t n = 0;

	if (!a || !p[1]) {
		while ((c = s[n]) && c != a)
			n++;
		return n;
	}
	if (!p[2]) {
		b = p[1];
		while ((c = s[n]) && c != a && c != b)
			n++;
		return n;
	}
	for (; *p; p++)
		map[*p / (8 * sizeof(long))] |= 1UL << (*p % (8 * sizeof(long)));
	map[0] |= 1;	/* the terminator stops the scan */
	for (p = (const unsigned char *)s;
	     !(map[p[n] / (8 * sizeof(long))] & 1UL << (p[n] % (8 * sizeof(long))));
	     n++)
		;
	return n;
}

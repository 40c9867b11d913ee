#include <string.h>
#include <ctype.h>

int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const void *)a, *q = (const void *)b;

	for (; n && *p && tolower(*p) == tolower(*q); n--, p++, q++)
		;
	return n ? tolower(*p) - tolower(*q) : 0;
}

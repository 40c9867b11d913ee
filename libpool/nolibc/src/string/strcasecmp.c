#include <string.h>
#include <ctype.h>

int strcasecmp(const char *a, const char *b)
{
	const unsigned char *p = (const void *)a, *q = (const void *)b;

	for (; *p && tolower(*p) == tolower(*q); p++, q++)
		;
	return tolower(*p) - tolower(*q);
}

#include <string.h>

/* A byte loop on purpose: printf's %s inlines it into every image that
 * prints (a word-at-a-time version costs helloworld 189 bytes). */
size_t strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return p - s;
}

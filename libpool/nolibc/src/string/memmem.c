#include <string.h>

void *memmem(const void *hay, size_t hn, const void *needle, size_t nn)
{
	const unsigned char *h = hay, *n = needle, *p;

	if (!nn)
		return (void *)hay;
	for (; hn >= nn; hn -= p - h + 1, h = p + 1) {
		p = memchr(h, n[0], hn - nn + 1);
		if (!p)
			return NULL;
		if (!memcmp(p, n, nn))
			return (void *)p;
	}
	return NULL;
}

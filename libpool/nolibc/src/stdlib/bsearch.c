#include <stdlib.h>

void *bsearch(const void *key, const void *base, size_t n, size_t size,
	      int (*cmp)(const void *, const void *))
{
	const char *p;
	int r;

	while (n) {
		p = (const char *)base + (n / 2) * size;
		r = cmp(key, p);
		if (!r)
			return (void *)p;
		if (r > 0) {
			base = p + size;
			n -= n / 2 + 1;
		} else {
			n /= 2;
		}
	}
	return NULL;
}

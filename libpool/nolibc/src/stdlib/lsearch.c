#include <search.h>
#include <string.h>

/* Linear search of @*n elements; lsearch appends @key when absent. */
void *lfind(const void *key, const void *base, size_t *n, size_t size,
	    int (*cmp)(const void *, const void *))
{
	const char *p = base;
	size_t i;

	for (i = 0; i < *n; i++, p += size)
		if (!cmp(key, p))
			return (void *)p;
	return NULL;
}

void *lsearch(const void *key, void *base, size_t *n, size_t size,
	      int (*cmp)(const void *, const void *))
{
	void *p = lfind(key, base, n, size, cmp);

	if (p)
		return p;
	p = memcpy((char *)base + *n * size, key, size);
	++*n;
	return p;
}

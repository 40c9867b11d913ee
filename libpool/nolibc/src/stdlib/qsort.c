#include <stdlib.h>

static int call(const void *a, const void *b, void *cmp)
{
	return ((int (*)(const void *, const void *))cmp)(a, b);
}

/* qsort_r's heapsort (qsort_r.c): in place, O(n log n), not stable. */
void qsort(void *base, size_t n, size_t size,
	   int (*cmp)(const void *, const void *))
{
	qsort_r(base, n, size, call, (void *)cmp);
}

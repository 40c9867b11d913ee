/* Heapsort: in place, no recursion, O(n log n) worst case, small. */
#include <stdlib.h>

static void swap(char *a, char *b, size_t size)
{
	char t;

	while (size--) {
		t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

/* Moves element @i down the heap of @n elements until it is in place. */
static void sift(char *base, size_t i, size_t n, size_t size,
		 int (*cmp)(const void *, const void *))
{
	size_t c;

	while ((c = 2 * i + 1) < n) {
		if (c + 1 < n && cmp(base + c * size, base + (c + 1) * size) < 0)
			c++;
		if (cmp(base + i * size, base + c * size) >= 0)
			return;
		swap(base + i * size, base + c * size, size);
		i = c;
	}
}

void qsort(void *base, size_t n, size_t size,
	   int (*cmp)(const void *, const void *))
{
	char *b = base;
	size_t i;

	if (n < 2 || !size)
		return;
	for (i = n / 2; i-- > 0;)
		sift(b, i, n, size, cmp);
	for (i = n - 1; i > 0; i--) {
		swap(b, b + i * size, size);
		sift(b, 0, i, size, cmp);
	}
}

/* qsort_r (GNU's argument order: the context last): a heapsort, in place,
 * O(n log n), not stable (as qsort). */
#include <stdlib.h>
#include <string.h>

static void swap(char *a, char *b, size_t size)
{
	char t;

	while (size--) {
		t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

/* Sifts element @i of the heap of @n elements down. */
static void sift(char *base, size_t i, size_t n, size_t size,
		 int (*cmp)(const void *, const void *, void *), void *arg)
{
	size_t c;

	for (; (c = 2 * i + 1) < n; i = c) {
		if (c + 1 < n && cmp(base + c * size, base + (c + 1) * size,
				     arg) < 0)
			c++;
		if (cmp(base + i * size, base + c * size, arg) >= 0)
			return;
		swap(base + i * size, base + c * size, size);
	}
}

void qsort_r(void *base, size_t n, size_t size,
	     int (*cmp)(const void *, const void *, void *), void *arg)
{
	size_t i;

	if (n < 2)
		return;
	for (i = n / 2; i-- > 0;)
		sift(base, i, n, size, cmp, arg);
	for (i = n - 1; i > 0; i--) {
		swap(base, (char *)base + i * size, size);
		sift(base, 0, i, size, cmp, arg);
	}
}

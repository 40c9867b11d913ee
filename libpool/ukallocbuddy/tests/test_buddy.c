/* The default allocator under random alloc/free: contents intact, memory
 * all back at the end (except the one span of slots each class keeps:
 * KEPT_PAGES), and the
 * allocations succeed: a NULL is counted, and more than one in a hundred
 * (of a few MB live at a time, in the smallest guest's heap) fails the
 * test, so an allocator that always fails cannot pass. */
#include <stdio.h>
#include <stdint.h>
#include <uk/alloc.h>

#define N 256
/* ukallocbuddy keeps at most one empty span per slot class: 16 classes
 * of one page, then four each of 2, 4, 8 and 16 pages (alloc.c). */
#define KEPT_PAGES (16 + 4 * (2 + 4 + 8 + 16))

static unsigned int seed = 12345;

static unsigned int rnd(void)
{
	seed = seed * 1103515245 + 12345;
	return seed >> 8;
}

int main(void)
{
	struct uk_alloc *a = uk_alloc_get_default();
	static unsigned char *p[N];
	static size_t len[N];
	long before;
	int i, k, fails = 0, allocs = 0, nulls = 0;
	size_t j;

	if (!a) {
		printf("FAIL: no default allocator\nFAILURE\n");
		return 1;
	}
	before = uk_alloc_availmem(a);
	for (k = 0; k < 20000; k++) {
		i = rnd() % N;
		if (p[i]) {
			for (j = 0; j < len[i]; j++)
				if (p[i][j] != (unsigned char)(i + j))
					fails++;
			uk_free(a, p[i]);
			p[i] = NULL;
			continue;
		}
		len[i] = rnd() % 8 ? rnd() % 3000 : rnd() % 200000;
		p[i] = rnd() % 4 ? uk_malloc(a, len[i]) :
				   uk_memalign(a, 1UL << (rnd() % 13), len[i]);
		allocs++;
		if (!p[i]) {
			nulls++;
			continue;
		}
		if ((uintptr_t)p[i] & 15)
			fails++;
		for (j = 0; j < len[i]; j++)
			p[i][j] = i + j;
	}
	for (i = 0; i < N; i++)
		uk_free(a, p[i]);
	printf("availmem %ld before, %ld after; %d allocations, %d NULL\n",
	       before, uk_alloc_availmem(a), allocs, nulls);
	if (allocs < 5000 || nulls * 100 > allocs)
		fails++;
	if (uk_alloc_availmem(a) < before - KEPT_PAGES * 4096)
		fails++;
	if (fails)
		printf("FAIL: %d errors\n", fails);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

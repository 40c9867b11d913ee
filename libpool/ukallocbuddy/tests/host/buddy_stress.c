/* Host test: random alloc/free/realloc/memalign stress of the buddy
 * allocator with invariant checks (free lists, merging, page count). Build:
 *   gcc -fsanitize=address,undefined -I ../../../ukalloc/include \
 *     -I ../../../ukdebug/include -I ../../../ukboot/include \
 *     buddy_stress.c ../../alloc.c ../../pages.c -o t && ./t [ROUNDS]
 * (tests/test_host_programs.py does, with fewer rounds than the default
 * 400000). Fails (exit status not 0) on a broken invariant, corrupted or
 * lost data, leaked pages, and on an allocator that mostly fails: at least
 * three quarters of the rounds must succeed; and on high-water reports
 * (UKALLOCBUDDY_HWM_KIB) that do not rise, or whose last one is not within
 * one step below the peak of pages in use seen between operations. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <uk/alloc_impl.h>
#include "../../buddy.h"
const long uk_opt_UKDEBUG_ASSERT = 1;
void uk_assert_fail(const char *lib, const char *file, int line, const char *e)
{ printf("ASSERT %s %s:%d %s\n", lib, file, line, e); abort(); }

#define HWM_KIB 1024
const long uk_opt_UKALLOCBUDDY_HWM_KIB = HWM_KIB;
static unsigned long hwm_last, hwm_total, hwm_reports;	/* KiB */
void uk_printk(const char *fmt, ...)
{
	char line[128];
	unsigned long kib, total;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	if (sscanf(line, "ukalloc: heap high-water %lu KiB of %lu KiB", &kib, &total) != 2 ||
	    kib <= hwm_last) { printf("bad report: %s", line); abort(); }
	hwm_last = kib; hwm_total = total; hwm_reports++;
}

#define N 4000
static struct { unsigned char *p; size_t n; unsigned char pat; } live[N];

static void check(struct _ukallocbuddy *b)
{
	unsigned long pages = 0;
	for (int k = 0; k < BUDDY_NORDERS; k++)
		for (struct _ukallocbuddy_node *n = b->orders[k].next; n != &b->orders[k]; n = n->next) {
			struct _ukallocbuddy_region *r;
			uintptr_t p = _ukallocbuddy_block_of(b, n, &r);
			if (!r || p & ((BUDDY_PAGE << k) - 1) || p + (BUDDY_PAGE << k) > r->end) { puts("bad free block"); abort(); }
			if (r->info[(p - r->base) / BUDDY_PAGE] != (PI_FREE | k)) { puts("bad info"); abort(); }
			/* buddy must not also be free at the same order (would have merged) */
			uintptr_t bd = p ^ (BUDDY_PAGE << k);
			if (bd >= r->base && bd + (BUDDY_PAGE << k) <= r->end && r->info[(bd - r->base) / BUDDY_PAGE] == (PI_FREE | k)) { puts("unmerged buddies"); abort(); }
			pages += 1UL << k;
		}
	if (pages != b->freepages) { printf("freepages %lu vs %lu\n", pages, b->freepages); abort(); }
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 400000;
	size_t len1 = 32 << 20, len2 = 8 << 20;
	void *m1 = aligned_alloc(1 << 20, len1), *m2 = aligned_alloc(4096, len2 + 4096);
	memset(m1, 0xa5, len1);
	struct uk_alloc *a = uk_alloc_backend_init(m1, len1);
	struct _ukallocbuddy *b = (void *)a;
	if (!a) return 1;
	/* The buddy keeps its lists out of free memory: every managed page
	 * is as it was (a guest's untouched pages stay unallocated). */
	for (unsigned char *q = (unsigned char *)b->regions->base; q < (unsigned char *)b->regions->end; q++)
		if (*q != 0xa5) { printf("free memory written at +%#lx\n", (unsigned long)(q - (unsigned char *)m1)); abort(); }
	long av0 = uk_alloc_availmem(a);
	if (uk_alloc_addmem(a, (char *)m2 + 4096, len2 - 3 * 4096)) return 2;   /* odd size */
	long av1 = uk_alloc_availmem(a);
	printf("avail %ld -> %ld\n", av0, av1);
	check(b);
	srand(7);
	long ops = 0, fails = 0;
	unsigned long peak = 0;	/* pages in use, at most */
	for (int round = 0; round < rounds; round++) {
		int i = rand() % N;
		if (live[i].p) {
			for (size_t k = 0; k < live[i].n; k++) if (live[i].p[k] != (unsigned char)(live[i].pat + k)) { printf("corrupt\n"); abort(); }
			if (rand() % 4 == 0) {
				size_t nn = rand() % 3 ? rand() % 3000 : rand() % 300000;
				unsigned char *q = uk_realloc(a, live[i].p, nn);
				if (!q && nn) { fails++; continue; }
				size_t keep = nn < live[i].n ? nn : live[i].n;
				for (size_t k = 0; k < keep; k++) if (q[k] != (unsigned char)(live[i].pat + k)) { puts("realloc lost data"); abort(); }
				live[i].p = q; live[i].n = nn;
				for (size_t k = 0; k < nn; k++) q[k] = live[i].pat + k;
				if (!nn) live[i].p = NULL;
			} else {
				uk_free(a, live[i].p);
				live[i].p = NULL;
			}
		} else {
			size_t n = rand() % 8 ? rand() % 2100 : rand() % (1 << 20);
			size_t al = rand() % 5 == 0 ? (size_t)1 << (rand() % 14) : 0;
			unsigned char *p = al ? uk_memalign(a, al, n) : rand() % 7 == 0 ? uk_calloc(a, 1, n) : uk_malloc(a, n);
			if (!p) { fails++; continue; }
			if (al && ((uintptr_t)p & (al - 1))) { puts("misaligned"); abort(); }
			if ((uintptr_t)p & 15) { puts("not 16-aligned"); abort(); }
			if (uk_alloc_usable(a, p) < n) { puts("usable size too small"); abort(); }
			live[i].p = p; live[i].n = n; live[i].pat = rand();
			for (size_t k = 0; k < n; k++) p[k] = live[i].pat + k;
		}
		ops++;
		if (b->totalpages - b->freepages > peak) peak = b->totalpages - b->freepages;
		if (round % 5000 == 0) check(b);
	}
	for (int i = 0; i < N; i++) if (live[i].p) uk_free(a, live[i].p);
	check(b);
	/* empty spans of slots but one per class went back: count the rest */
	unsigned long slabpages = 0;
	for (struct _ukallocbuddy_region *r = b->regions; r; r = r->next)
		for (uintptr_t p = r->base; p < r->end; p += BUDDY_PAGE)
			if (r->info[(p - r->base) / BUDDY_PAGE] & PI_SLAB) slabpages++;
	printf("ops %ld, failed allocs %ld, avail %ld + slab pages %lu*4096 = %ld (want %ld)\n", ops, fails, uk_alloc_availmem(a), slabpages, uk_alloc_availmem(a) + (long)slabpages * 4096, av1);
	/* at most one empty span per class stays cut (alloc.c) */
	unsigned long kept = 0;
	for (unsigned c = 0; c < BUDDY_NCLASSES; c++) {
		size_t size = c < 8 ? 16 * (c + 1) : (size_t)(5 + (c - 8) % 4) << ((c - 8) / 4 + 5);
		unsigned long pg = 1;
		while (pg * 4096 < 8 * size) pg *= 2;
		kept += pg;
	}
	if (slabpages > kept) { printf("%lu slab pages kept, more than one span per class (%lu)\n", slabpages, kept); return 1; }
	printf("high-water: %lu reports, the last %lu KiB of %lu; peak %lu KiB\n",
	       hwm_reports, hwm_last, hwm_total, peak * 4);
	if (!hwm_reports || hwm_last + HWM_KIB <= peak * 4 || hwm_last > hwm_total ||
	    hwm_total != b->totalpages * 4) { puts("wrong high-water reports"); return 1; }
	/* exhaustion: big alloc that cannot fit */
	if (uk_malloc(a, 64 << 20)) { puts("impossible alloc succeeded"); return 1; }
	if (ops < rounds / 4 * 3) { printf("only %ld of %d rounds succeeded\n", ops, rounds); return 1; }
	return uk_alloc_availmem(a) + (long)slabpages * 4096 == av1 ? 0 : 1;
}

/* newlib's allocator is ukalloc's default allocator: newlib is built with
 * MALLOC_PROVIDED, so its own dlmalloc (and sbrk) is out, and these are
 * the malloc family, plain and reentrant (_r) forms. Compiled by build.sh
 * against newlib's headers. With no allocator linked or no memory, every
 * allocation fails with ENOMEM. */
#include <errno.h>
#include <reent.h>
#include <stdlib.h>
#include <string.h>
#include <uk/alloc.h>


static struct uk_alloc *heap(void)
{
	struct uk_alloc *a = uk_alloc_get_default();

	if (!a)
		errno = ENOMEM;
	return a;
}

/* Under pre-emption: ukalloc's allocators keep their state unlocked, so
 * with uksched linked each call holds its pre-emption counter (as nolibc's
 * malloc family does); weak, so images without threads link no uksched. */
extern volatile unsigned int uk_sched_preempt_count __attribute__((weak));
void uk_preempt_enable(void) __attribute__((weak));

static void lock(void)
{
	if (&uk_sched_preempt_count) {
		uk_sched_preempt_count++;
		__atomic_signal_fence(__ATOMIC_SEQ_CST);
	}
}

static void *unlock(void *p)
{
	if (uk_preempt_enable)
		uk_preempt_enable();
	return p;
}

static void *nomem(void *p)
{
	if (!p)
		errno = ENOMEM;
	return p;
}

void *malloc(size_t n)
{
	struct uk_alloc *a = heap();

	if (!a)
		return NULL;
	lock();
	return nomem(unlock(uk_malloc(a, n)));
}

void free(void *p)
{
	struct uk_alloc *a = uk_alloc_get_default();

	if (a && p) {
		lock();
		uk_free(a, p);
		unlock(0);
	}
}

void *calloc(size_t n, size_t size)
{
	struct uk_alloc *a = heap();

	if (!a)
		return NULL;
	lock();
	return nomem(unlock(uk_calloc(a, n, size)));
}

void *realloc(void *p, size_t n)
{
	struct uk_alloc *a = heap();

	if (!a)
		return NULL;
	lock();
	return nomem(unlock(uk_realloc(a, p, n)));
}

void *memalign(size_t align, size_t n)
{
	struct uk_alloc *a = heap();

	if (!a)
		return NULL;
	lock();
	return nomem(unlock(uk_memalign(a, align, n)));
}

void *aligned_alloc(size_t align, size_t n)
{
	return memalign(align, n);
}

int posix_memalign(void **out, size_t align, size_t n)
{
	void *p;

	if (!align || (align & (align - 1)) || align % sizeof(void *))
		return EINVAL;
	p = memalign(align, n);
	if (!p)
		return ENOMEM;
	*out = p;
	return 0;
}

void *_malloc_r(struct _reent *r, size_t n) { (void)r; return malloc(n); }
void _free_r(struct _reent *r, void *p) { (void)r; free(p); }
void *_calloc_r(struct _reent *r, size_t n, size_t s) { (void)r; return calloc(n, s); }
void *_realloc_r(struct _reent *r, void *p, size_t n) { (void)r; return realloc(p, n); }
void *_memalign_r(struct _reent *r, size_t al, size_t n) { (void)r; return memalign(al, n); }

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

static void *nomem(void *p)
{
	if (!p)
		errno = ENOMEM;
	return p;
}

void *malloc(size_t n)
{
	struct uk_alloc *a = heap();

	return a ? nomem(uk_malloc(a, n)) : NULL;
}

void free(void *p)
{
	struct uk_alloc *a = uk_alloc_get_default();

	if (a && p)
		uk_free(a, p);
}

void *calloc(size_t n, size_t size)
{
	struct uk_alloc *a = heap();

	return a ? nomem(uk_calloc(a, n, size)) : NULL;
}

void *realloc(void *p, size_t n)
{
	struct uk_alloc *a = heap();

	return a ? nomem(uk_realloc(a, p, n)) : NULL;
}

void *memalign(size_t align, size_t n)
{
	struct uk_alloc *a = heap();

	return a ? nomem(uk_memalign(a, align, n)) : NULL;
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

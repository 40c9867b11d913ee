/* Allocator API: a `struct uk_alloc` is one allocator (a backend such as
 * ukallocbuddy); consumers call the uk_* wrappers on it, usually on the
 * default allocator. Pointer functions return NULL on failure; int ones 0
 * or a negative errno. Backends: see <uk/alloc_impl.h>. */
#ifndef __UK_ALLOC_H__
#define __UK_ALLOC_H__

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_alloc {
	/* @size bytes aligned to 16, or NULL. */
	void *(*malloc)(struct uk_alloc *a, size_t size);
	/* @n * @size zeroed bytes, or NULL (also on overflow). */
	void *(*calloc)(struct uk_alloc *a, size_t n, size_t size);
	/* @size bytes aligned to @align (a power of two), or NULL. */
	void *(*memalign)(struct uk_alloc *a, size_t align, size_t size);
	/* Resizes @p (NULL: malloc; @size 0: free and NULL); on failure
	 * NULL, @p untouched. */
	void *(*realloc)(struct uk_alloc *a, void *p, size_t size);
	/* Releases @p (NULL is ignored). */
	void (*free)(struct uk_alloc *a, void *p);
	/* Free bytes left (a lower bound for what one call can get). */
	long (*availmem)(struct uk_alloc *a);
	/* Hands the @len bytes at @base (page-aligned) to the allocator;
	 * 0 or a negative errno. */
	int (*addmem)(struct uk_alloc *a, void *base, size_t len);
	/* The bytes usable at @p (a block from this allocator): at least
	 * what was asked for (malloc_usable_size). NULL: unknown. */
	size_t (*usable)(struct uk_alloc *a, void *p);
	struct uk_alloc *next;	/* registered allocators */
};

/* Returns the default allocator (the first registered), or NULL when
 * there is none (no memory, or no allocator library linked). */
struct uk_alloc *uk_alloc_get_default(void);
/* Makes @a the default allocator. */
void uk_alloc_set_default(struct uk_alloc *a);

static inline void *uk_malloc(struct uk_alloc *a, size_t size)
{
	return a->malloc(a, size);
}

static inline void *uk_calloc(struct uk_alloc *a, size_t n, size_t size)
{
	return a->calloc(a, n, size);
}

static inline void *uk_memalign(struct uk_alloc *a, size_t align,
				size_t size)
{
	return a->memalign(a, align, size);
}

static inline void *uk_realloc(struct uk_alloc *a, void *p, size_t size)
{
	return a->realloc(a, p, size);
}

static inline void uk_free(struct uk_alloc *a, void *p)
{
	a->free(a, p);
}

static inline long uk_alloc_availmem(struct uk_alloc *a)
{
	return a->availmem(a);
}

/* The bytes usable at @p, or 0 when the backend cannot say. */
static inline size_t uk_alloc_usable(struct uk_alloc *a, void *p)
{
	return a->usable ? a->usable(a, p) : 0;
}

static inline int uk_alloc_addmem(struct uk_alloc *a, void *base,
				  size_t len)
{
	return a->addmem(a, base, len);
}

#ifdef __cplusplus
}
#endif

#endif

#include <stdlib.h>
#include <errno.h>
#include <uk/alloc.h>
#include "heap_lock.h"

int posix_memalign(void **memptr, size_t align, size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();
	void *p;

	if (!align || (align & (align - 1)) || align % sizeof(void *))
		return EINVAL;
	p = NULL;
	if (a) {
		heap_lock();
		p = uk_memalign(a, align, size);
		heap_unlock();
	}
	if (!p)
		return ENOMEM;
	*memptr = p;
	return 0;
}

void *aligned_alloc(size_t align, size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();
	void *p;

	if (!align || (align & (align - 1))) {
		errno = EINVAL;
		return NULL;
	}
	p = NULL;
	if (a) {
		heap_lock();
		p = uk_memalign(a, align, size);
		heap_unlock();
	}
	if (!p)
		errno = ENOMEM;
	return p;
}

/* The old name (glibc's <malloc.h>). */
void *memalign(size_t align, size_t size)
{
	return aligned_alloc(align, size);
}

/* Page-aligned, whole pages (obsolete BSD and glibc names). */
void *valloc(size_t size)
{
	return aligned_alloc(4096, (size + 4095) & ~4095UL);
}

void *pvalloc(size_t size)
{
	return valloc(size ? size : 1);
}

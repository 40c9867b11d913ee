/* malloc and free over ukalloc's default allocator (heap_lock.h: under
 * pre-emption). */
#include <stdlib.h>
#include <errno.h>
#include <uk/alloc.h>
#include "heap_lock.h"

void *malloc(size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();
	void *p = NULL;

	if (a) {
		heap_lock();
		p = uk_malloc(a, size);
		heap_unlock();
	}
	if (!p)
		errno = ENOMEM;
	return p;
}

void free(void *p)
{
	struct uk_alloc *a = uk_alloc_get_default();

	if (p && a) {
		heap_lock();
		uk_free(a, p);
		heap_unlock();
	}
}

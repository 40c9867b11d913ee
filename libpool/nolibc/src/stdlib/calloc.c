#include <stdlib.h>
#include <errno.h>
#include <uk/alloc.h>
#include "heap_lock.h"

void *calloc(size_t n, size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();
	void *p = NULL;

	if (a) {
		heap_lock();
		p = uk_calloc(a, n, size);
		heap_unlock();
	}
	if (!p)
		errno = ENOMEM;
	return p;
}

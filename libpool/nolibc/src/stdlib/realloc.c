#include <stdlib.h>
#include <errno.h>
#include <uk/alloc.h>
#include "heap_lock.h"

void *realloc(void *p, size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();
	void *q;

	if (!a) {
		errno = ENOMEM;
		return NULL;
	}
	heap_lock();
	q = uk_realloc(a, p, size);
	heap_unlock();
	if (!q && size)
		errno = ENOMEM;
	return q;
}

/* malloc and free over ukalloc's default allocator. */
#include <stdlib.h>
#include <errno.h>
#include <uk/alloc.h>

void *malloc(size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();
	void *p = a ? uk_malloc(a, size) : NULL;

	if (!p)
		errno = ENOMEM;
	return p;
}

void free(void *p)
{
	struct uk_alloc *a = uk_alloc_get_default();

	if (p && a)
		uk_free(a, p);
}

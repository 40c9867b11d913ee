#include <malloc.h>
#include <uk/alloc.h>

/* At least the size malloc() was asked for (the allocator's block). */
size_t malloc_usable_size(void *p)
{
	struct uk_alloc *a = uk_alloc_get_default();

	return p && a ? uk_alloc_usable(a, p) : 0;
}

#include <stdlib.h>
#include <errno.h>
#include <uk/alloc.h>

void *calloc(size_t n, size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();
	void *p = a ? uk_calloc(a, n, size) : NULL;

	if (!p)
		errno = ENOMEM;
	return p;
}

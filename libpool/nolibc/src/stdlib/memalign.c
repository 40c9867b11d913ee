#include <stdlib.h>
#include <errno.h>
#include <uk/alloc.h>

int posix_memalign(void **memptr, size_t align, size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();
	void *p;

	if (!align || (align & (align - 1)) || align % sizeof(void *))
		return EINVAL;
	p = a ? uk_memalign(a, align, size) : NULL;
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
	p = a ? uk_memalign(a, align, size) : NULL;
	if (!p)
		errno = ENOMEM;
	return p;
}

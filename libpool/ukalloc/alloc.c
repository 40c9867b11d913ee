/* The list of registered allocators and the default one. */
#include <uk/alloc_impl.h>
#include <errno.h>

static struct uk_alloc *head;
static struct uk_alloc *dflt;

int uk_alloc_register(struct uk_alloc *a)
{
	struct uk_alloc **p;

	if (!a)
		return -EINVAL;
	for (p = &head; *p; p = &(*p)->next)
		;
	a->next = NULL;
	*p = a;
	if (!dflt)
		dflt = a;
	return 0;
}

struct uk_alloc *uk_alloc_get_default(void)
{
	return dflt;
}

void uk_alloc_set_default(struct uk_alloc *a)
{
	dflt = a;
}

/* Mailboxes from the default allocator: the structure and its slots in
 * one block. */
#include <uk/alloc.h>
#include <uk/mbox.h>

struct uk_mbox *uk_mbox_create(size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct uk_mbox *m;

	if (!a || !size || size > ((size_t)-1 - sizeof(*m)) / sizeof(void *))
		return 0;
	m = uk_malloc(a, sizeof(*m) + size * sizeof(void *));
	if (m)
		uk_mbox_init(m, (void **)(m + 1), size);
	return m;
}

void uk_mbox_free(struct uk_mbox *m)
{
	if (m)
		uk_free(uk_alloc_get_default(), m);
}

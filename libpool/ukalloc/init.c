/* Init level 2: builds the default allocator over the platform's free
 * memory regions. Reached only through the init table (a forced member). */
#include <uk/alloc_impl.h>
#include <uk/init.h>
#include <uk/plat/memory.h>
#include <errno.h>

static int ukalloc_init(void)
{
	struct ukplat_memregion m;
	struct uk_alloc *a = NULL;
	int i, n = ukplat_memregion_count(), r;

	for (i = 0; i < n; i++) {
		if (ukplat_memregion_get(i, &m) < 0 ||
		    !(m.flags & UKPLAT_MEMRF_FREE) || !m.len)
			continue;
		if (!a) {
			a = uk_alloc_backend_init((void *)m.base, m.len);
			continue;
		}
		r = uk_alloc_addmem(a, (void *)m.base, m.len);
		if (r < 0)
			return r;
	}
	if (!a)
		return -ENOMEM;
	return uk_alloc_register(a);
}

UK_INIT(ukalloc_init, UK_INIT_ALLOC);

/*
 * Free RAM for the heap: the device tree's memory node above the end of
 * the image (its symbol table included), without the device tree and the
 * initrd the toolstack placed in RAM (both stay: the initrd for the
 * initrd reader), within the 4 GiB the MMU maps.
 */
#include <uk/symtab.h>
#include "xen.h"

#define MAPPED_END	0x100000000UL

void _xen_memory_init(void)
{
	const struct xen_arm_machine *m = &_xen_machine;
	unsigned long b = uk_symtab_end(), e = m->ram_base + m->ram_size;

	if (!b)
		_xen_fatal("malformed symbol table at __uk_symtab_start\n");
	if (!m->ram_size)
		_xen_fatal("no memory node in the device tree\n");
	if (e > MAPPED_END)
		e = MAPPED_END;
	_xen_memregion_one(b, e);
	_xen_memregion_reserve((unsigned long)m->fdt, m->fdt_size);
	if (m->initrd_end > m->initrd_start)
		_xen_memregion_reserve(m->initrd_start,
				       m->initrd_end - m->initrd_start);
}

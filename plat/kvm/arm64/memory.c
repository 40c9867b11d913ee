/*
 * Free RAM for the heap: the device tree's first memory node, above the
 * end of the image (its symbol table included) and below the end of the
 * MMU's map, without the initrd QEMU loaded there (it stays for the
 * initrd reader) and the device tree (read again when devices are first
 * used), in the common free-RAM table (plat/common/memregion.c).
 */
#include <uk/symtab.h>
#include "arm64.h"
#include "fdt_api.h"

void _kvm_memory_init(void)
{
	const struct kvm_machine *m = &_kvm_machine;
	unsigned long b = uk_symtab_end(), e = m->ram_base + m->ram_size;
	unsigned long ib = m->initrd_start, ie = m->initrd_end;
	unsigned long db = (unsigned long)m->fdt, de = db + fdt_cell(m->fdt, 1);

	if (!b)
		_kvm_fatal("malformed symbol table at __uk_symtab_start\n");
	if (!m->ram_size)
		_kvm_fatal("no memory node in the device tree\n");
	if (e > KVM_MAPPED_END)
		e = KVM_MAPPED_END;
	/* One hole for the initrd and the device tree: QEMU puts an
	 * Image's device tree right after its initrd (2 MiB-aligned), an
	 * ELF's at the start of RAM, below b, with no initrd. [b, e)
	 * without [ib, ie): what lies on either side of it (each part
	 * page-aligned inwards, empty parts dropped, by
	 * _kvm_memregion_add). A special case of _kvm_memregion_reserve,
	 * 0.2 KiB smaller in every image. */
	if (ie <= ib)
		ib = db, ie = de;
	ib = db < ib ? db : ib;
	ie = de > ie ? de : ie;
	_kvm_memregion_add(b, ib < e ? ib : e);
	_kvm_memregion_add(ie > b ? ie : b, e);
}

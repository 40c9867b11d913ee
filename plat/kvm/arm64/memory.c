/*
 * Free RAM for the heap: the device tree's first memory node, above the
 * end of the image (its symbol table included) and below the end of the
 * MMU's map, without the initrd QEMU loaded there (it stays for the
 * initrd reader). At most two regions, page-aligned, sorted.
 */
#include <errno.h>
#include <uk/plat/memory.h>
#include <uk/symtab.h>
#include "arm64.h"

static struct ukplat_memregion regions[2];
static int nr_regions;

static void region_add(unsigned long base, unsigned long end)
{
	base = (base + KVM_PAGE_SIZE - 1) & ~(KVM_PAGE_SIZE - 1);
	end &= ~(KVM_PAGE_SIZE - 1);
	if (end <= base)
		return;
	regions[nr_regions].base = base;
	regions[nr_regions].len = end - base;
	regions[nr_regions].flags = UKPLAT_MEMRF_FREE;
	nr_regions++;
}

void _kvm_memory_init(void)
{
	const struct kvm_machine *m = &_kvm_machine;
	unsigned long b = uk_symtab_end(), e = m->ram_base + m->ram_size;
	unsigned long ib = m->initrd_start, ie = m->initrd_end;

	if (!b)
		_kvm_fatal("malformed symbol table at __uk_symtab_start\n");
	if (!m->ram_size)
		_kvm_fatal("no memory node in the device tree\n");
	if (e > KVM_MAPPED_END)
		e = KVM_MAPPED_END;
	if (ie > b && ib < e) {
		region_add(b, ib > b ? ib : b);
		region_add(ie < e ? ie : e, e);
	} else {
		region_add(b, e);
	}
}

int ukplat_memregion_count(void)
{
	return nr_regions;
}

int ukplat_memregion_get(int i, struct ukplat_memregion *m)
{
	if (i < 0 || i >= nr_regions || !m)
		return -EINVAL;
	*m = regions[i];
	return 0;
}

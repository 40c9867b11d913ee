/*
 * Free RAM for the heap: the RAM entries of the PVH memory map, above the
 * end of the image (its symbol table included) and below the end of the
 * boot identity map, minus whatever the boot loader still needs (start
 * info, memory map, command line, modules), into the common table
 * (plat/common/memregion.c).
 */
#include <uk/symtab.h>
#include "x86_64.h"

int _kvm_phys_mapped(unsigned long base, unsigned long len)
{
	return base < KVM_MAPPED_END && len <= KVM_MAPPED_END - base;
}

static unsigned long cstr_size(const char *s)
{
	unsigned long n = 0;

	while (s[n])
		n++;
	return n + 1;
}

/* Boot data the kernel may read after this (modules) or that a loader
 * placed above the image (Xen does): keep it out of the heap. */
static void reserve_boot_data(const struct hvm_start_info *si)
{
	uint32_t i;

	_kvm_memregion_reserve((unsigned long)si, sizeof(*si));
	_kvm_memregion_reserve(si->memmap_paddr, si->memmap_entries *
		sizeof(struct hvm_memmap_table_entry));
	if (si->cmdline_paddr && si->cmdline_paddr < KVM_MAPPED_END)
		_kvm_memregion_reserve(si->cmdline_paddr,
				       cstr_size((const char *)(unsigned long)
						 si->cmdline_paddr));
	if (!si->nr_modules || si->modlist_paddr >= KVM_MAPPED_END)
		return;
	_kvm_memregion_reserve(si->modlist_paddr,
		si->nr_modules * sizeof(struct hvm_modlist_entry));
	for (i = 0; i < si->nr_modules; i++) {
		const struct hvm_modlist_entry *m =
			(const struct hvm_modlist_entry *)(unsigned long)
			si->modlist_paddr + i;

		_kvm_memregion_reserve(m->paddr, m->size);
	}
}

void _kvm_memory_init(const struct hvm_start_info *si)
{
	const struct hvm_memmap_table_entry *mm;
	unsigned long floor = uk_symtab_end();
	uint32_t i;

	if (!floor)
		_kvm_fatal("malformed symbol table at __uk_symtab_start\n");
	if (si->version < 1 || !si->memmap_paddr || !si->memmap_entries ||
	    si->memmap_paddr >= KVM_MAPPED_END)
		_kvm_fatal("no memory map (PVH start info version < 1)\n");

	mm = (const struct hvm_memmap_table_entry *)(unsigned long)
		si->memmap_paddr;
	for (i = 0; i < si->memmap_entries; i++) {
		unsigned long b = mm[i].addr, e = mm[i].addr + mm[i].size;

		if (mm[i].type != PVH_MEMMAP_TYPE_RAM)
			continue;
		if (b < floor)
			b = floor;
		if (e > KVM_MAPPED_END)
			e = KVM_MAPPED_END;
		_kvm_memregion_add(b, e);
	}
	reserve_boot_data(si);
}

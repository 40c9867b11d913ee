/*
 * Free RAM for the heap: the RAM entries of the PVH memory map, above the
 * end of the image (its symbol table included) and below the end of the
 * boot identity map, minus whatever the boot loader still needs (start
 * info, memory map, command line, modules), page-aligned and sorted.
 */
#include <errno.h>
#include <uk/plat/memory.h>
#include <uk/symtab.h>
#include "x86_64.h"

#define MAX_REGIONS	16

static struct ukplat_memregion regions[MAX_REGIONS];
static int nr_regions;

static unsigned long page_up(unsigned long a)
{
	return (a + KVM_PAGE_SIZE - 1) & ~(KVM_PAGE_SIZE - 1);
}

static unsigned long page_down(unsigned long a)
{
	return a & ~(KVM_PAGE_SIZE - 1);
}

/* Inserts [base, end) keeping the array sorted; drops it when full. */
static void region_add(unsigned long base, unsigned long end)
{
	int i;

	base = page_up(base);
	end = page_down(end);
	if (end <= base || nr_regions == MAX_REGIONS)
		return;
	for (i = nr_regions; i > 0 && regions[i - 1].base > base; i--)
		regions[i] = regions[i - 1];
	regions[i].base = base;
	regions[i].len = end - base;
	regions[i].flags = UKPLAT_MEMRF_FREE;
	nr_regions++;
}

static void region_del(int i)
{
	for (nr_regions--; i < nr_regions; i++)
		regions[i] = regions[i + 1];
}

/* Removes [base, base + len) from every region (whole pages). */
static void reserve(unsigned long base, unsigned long len)
{
	unsigned long rb = page_down(base), re = page_up(base + len);
	int i;

	if (!len)
		return;
	for (i = 0; i < nr_regions; i++) {
		unsigned long b = regions[i].base;
		unsigned long e = b + regions[i].len;

		if (re <= b || rb >= e)
			continue;
		region_del(i--);
		/* Keep what lies on either side (sorted order holds). */
		region_add(b, rb > b ? rb : b);
		region_add(re < e ? re : e, e);
	}
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

	reserve((unsigned long)si, sizeof(*si));
	reserve(si->memmap_paddr, si->memmap_entries *
		sizeof(struct hvm_memmap_table_entry));
	if (si->cmdline_paddr && si->cmdline_paddr < KVM_MAPPED_END)
		reserve(si->cmdline_paddr, cstr_size((const char *)
			(unsigned long)si->cmdline_paddr));
	if (!si->nr_modules || si->modlist_paddr >= KVM_MAPPED_END)
		return;
	reserve(si->modlist_paddr,
		si->nr_modules * sizeof(struct hvm_modlist_entry));
	for (i = 0; i < si->nr_modules; i++) {
		const struct hvm_modlist_entry *m =
			(const struct hvm_modlist_entry *)(unsigned long)
			si->modlist_paddr + i;

		reserve(m->paddr, m->size);
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
		region_add(b, e);
	}
	reserve_boot_data(si);
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

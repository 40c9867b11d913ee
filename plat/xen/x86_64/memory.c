/*
 * Memory. libxc maps only the start of RAM (the initial mapping: the
 * image, the boot data and at least 512 KiB more, up to a 4 MiB
 * boundary); we map every other frame the domain has at its linear
 * address (xen_arch.h: XEN_VIRT_BASE + pfn * 4096). PV rules: page tables are
 * the guest's own frames, but read-only to it: a new table is zeroed
 * through its writable mapping, that mapping is made read-only
 * (update_va_mapping), then the table is hooked into its parent with
 * mmu_update, which Xen validates; leaf entries are written with batched
 * mmu_update calls. Table frames are taken from the first free frames
 * (always already mapped: one table maps 512 frames). The free region is
 * what remains after the image, its symbol table, the boot data (start
 * info, P2M list, console and xenstore pages, boot page tables and
 * stack) and those tables.
 */
#include <uk/symtab.h>
#include "xen.h"

#define DOMID_SELF	0x7ff0U
#define BATCH		32
#define INVALID_MFN	(~0UL)

extern char _xen_boot_stack_guard[];


static const unsigned long *p2m;
static unsigned long next_pfn;		/* first free frame */
static struct xen_mmu_update batch[BATCH];
static unsigned int nbatch;

static unsigned long page_up(unsigned long a)
{
	return (a + XEN_PAGE_SIZE - 1) & ~(XEN_PAGE_SIZE - 1);
}

static unsigned long max_ul(unsigned long a, unsigned long b)
{
	return a > b ? a : b;
}

static void flush(void)
{
	if (nbatch && _xen_hc4(__HYPERVISOR_mmu_update, batch, nbatch, 0,
			       DOMID_SELF))
		_xen_fatal("mmu_update failed while mapping memory\n");
	nbatch = 0;
}

static void pte_set(unsigned long table_mfn, unsigned long idx, uint64_t val)
{
	batch[nbatch].ptr = (table_mfn << XEN_PAGE_SHIFT) + idx * 8 +
			    XEN_MMU_NORMAL_PT_UPDATE;
	batch[nbatch].val = val;
	if (++nbatch == BATCH)
		flush();
}

/* A zeroed page-table frame, mapped read-only; returns its mfn. */
static unsigned long table_alloc(void)
{
	unsigned long pfn = next_pfn++, mfn = p2m[pfn];
	unsigned long *t = _xen_pfn_to_va(pfn);
	unsigned int i;

	for (i = 0; i < 512; i++)
		((volatile unsigned long *)t)[i] = 0;
	if (_xen_update_va_mapping((unsigned long)t, (mfn << XEN_PAGE_SHIFT) |
				   XEN_PTE_P | XEN_PTE_A, XEN_UVMF_INVLPG))
		_xen_fatal("cannot make a page table read-only\n");
	return mfn;
}

/* Maps frame pfn at its linear address unless it is mapped already. */
static void map_frame(unsigned long pfn, unsigned long l4_mfn)
{
	unsigned long va = (unsigned long)_xen_pfn_to_va(pfn);
	const unsigned long *t = (const unsigned long *)_xen_si->pt_base;
	unsigned long t_mfn = l4_mfn, idx;
	int level;

	for (level = 3; level >= 1; level--) {
		idx = (va >> (XEN_PAGE_SHIFT + 9 * level)) & 511;
		if (!(t[idx] & XEN_PTE_P)) {
			unsigned long n = table_alloc();

			flush();
			pte_set(t_mfn, idx, (n << XEN_PAGE_SHIFT) | XEN_PTE_P |
				XEN_PTE_RW | XEN_PTE_US | XEN_PTE_A | XEN_PTE_D);
			flush();
		}
		t_mfn = (t[idx] & XEN_PTE_ADDR) >> XEN_PAGE_SHIFT;
		t = _xen_pfn_to_va(_xen_mfn_to_pfn(t_mfn));
	}
	idx = (va >> XEN_PAGE_SHIFT) & 511;
	if (!(t[idx] & XEN_PTE_P))
		pte_set(t_mfn, idx, (p2m[pfn] << XEN_PAGE_SHIFT) | XEN_PTE_P |
			XEN_PTE_RW | XEN_PTE_A | XEN_PTE_D);
}

void _xen_memory_init(void)
{
	const struct xen_start_info *si = _xen_si;
	unsigned long floor = uk_symtab_end(), end, pfn, nr, l4_mfn;

	if (!floor)
		_xen_fatal("malformed symbol table at __uk_symtab_start\n");
	p2m = (const unsigned long *)si->mfn_list;
	nr = si->nr_pages;
	/* Boot data lie after the image; the boot stack page follows the
	 * boot page tables. */
	end = max_ul(floor, (unsigned long)si + sizeof(*si));
	end = max_ul(end, si->mfn_list + nr * sizeof(unsigned long));
	end = max_ul(end, si->pt_base + (si->nr_pt_frames + 1) * XEN_PAGE_SIZE);
	if (si->console_mfn)
		end = max_ul(end, (unsigned long)_xen_pfn_to_va(
			_xen_mfn_to_pfn(si->console_mfn) + 1));
	if (si->store_mfn)
		end = max_ul(end, (unsigned long)_xen_pfn_to_va(
			_xen_mfn_to_pfn(si->store_mfn) + 1));
	next_pfn = _xen_va_to_pfn((void *)page_up(end));

	l4_mfn = p2m[_xen_va_to_pfn((void *)si->pt_base)];
	for (pfn = next_pfn; pfn < nr; pfn++) {
		if (p2m[pfn] == INVALID_MFN)
			break;	/* not populated (ballooned out) */
		map_frame(pfn, l4_mfn);
	}
	flush();
	if (pfn > next_pfn) {
		_xen_memregion_one((unsigned long)_xen_pfn_to_va(next_pfn),
				   (unsigned long)_xen_pfn_to_va(pfn));
	}
	/* Stack overflows fault (the frame stays unused). */
	_xen_update_va_mapping((unsigned long)_xen_boot_stack_guard, 0,
			       XEN_UVMF_INVLPG);
}

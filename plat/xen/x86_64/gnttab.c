/*
 * Device memory for PV guests (uk/plat/dma.h): grant references. The
 * grant table (v1: 8-byte entries, 512 per frame) is GNTTAB_FRAMES frames
 * that Xen owns; GNTTABOP_setup_table gives their machine frames, which
 * are mapped over pages of our .bss (whose own frames go unused, as for
 * the shared info page). An entry grants domain `domid` access to machine
 * frame `frame`: the frame and domid are written first, the flags last
 * (Xen reads the flags to decide). Ending a grant clears the flags unless
 * the backend has the page mapped (GTF_reading/GTF_writing). The machine
 * address of a buffer (peer UKPLAT_DMA_MACHINE) comes from the P2M list.
 * A forced member reached through weak references: LTO drops it unused.
 */
#include <errno.h>
#include <uk/plat/dma.h>
#include <uk/plat/xen.h>
#include "xen.h"

#define __HYPERVISOR_grant_table_op	20
#define GNTTABOP_setup_table		2
#define GNTTAB_FRAMES			4
#define GNTTAB_ENTRIES			(GNTTAB_FRAMES * 512)
#define GNTTAB_RESERVED			8	/* refs 0-7: the toolstack's */
#define GTF_permit_access		0x1
#define GTF_readonly			0x4
#define GTF_reading			0x8
#define GTF_writing			0x10

struct grant_entry {
	uint16_t flags;
	uint16_t domid;
	uint32_t frame;
};

static struct grant_entry table[GNTTAB_ENTRIES]
	__attribute__((aligned(4096)));
static int ready;		/* 1: mapped; -errno: failed */
static unsigned int next_free = GNTTAB_RESERVED;

/* This domain's id: GNTTABOP_setup_table refuses DOMID_SELF here (Xen
 * 4.17: GNTST_permission_denied) but takes the domain's own id, which
 * only xenstore tells a PV guest. */
static int domid(void)
{
	char b[8];
	int i, v = 0;

	if (xenstore_read("domid", b, sizeof(b)) <= 0)
		return -ENODEV;
	for (i = 0; b[i] >= '0' && b[i] <= '9'; i++)
		v = v * 10 + (b[i] - '0');
	return b[i] ? -EIO : v;
}

static int setup(void)
{
	unsigned long frames[GNTTAB_FRAMES];
	struct {
		uint16_t dom;
		uint32_t nr_frames;
		int16_t status;
		unsigned long *frame_list;
	} op = { 0, GNTTAB_FRAMES, 0, frames };
	unsigned int i;
	int dom;

	if (ready)
		return ready < 0 ? ready : 0;
	ready = dom = domid();
	if (dom < 0)
		return ready;
	op.dom = (uint16_t)dom;
	ready = -ENOSPC;
	if (_xen_hc3(__HYPERVISOR_grant_table_op, GNTTABOP_setup_table, &op,
		     1) || op.status)
		return ready;
	for (i = 0; i < GNTTAB_FRAMES; i++)
		if (_xen_update_va_mapping((unsigned long)table + i *
					   XEN_PAGE_SIZE, frames[i] <<
					   XEN_PAGE_SHIFT | XEN_PTE_P |
					   XEN_PTE_RW | XEN_PTE_A | XEN_PTE_D,
					   XEN_UVMF_INVLPG))
			return ready;
	ready = 1;
	return 0;
}

static unsigned long mfn_of(const void *va)
{
	const unsigned long *p2m = (const unsigned long *)_xen_si->mfn_list;

	return p2m[_xen_va_to_pfn(va)];
}

/* A free entry: the next one not in use, round robin. */
static int entry_alloc(void)
{
	unsigned int i, r;

	for (i = 0; i < GNTTAB_ENTRIES - GNTTAB_RESERVED; i++) {
		r = next_free++;
		if (next_free == GNTTAB_ENTRIES)
			next_free = GNTTAB_RESERVED;
		if (!table[r].flags)
			return (int)r;
	}
	return -ENOSPC;
}

int ukplat_dma_map(const void *buf, unsigned long len, unsigned int peer,
		   unsigned int dir, ukplat_dma_addr_t *addr)
{
	unsigned long va = (unsigned long)buf, off = va & (XEN_PAGE_SIZE - 1);
	int r;

	if (!len || !dir || !addr || off + len > XEN_PAGE_SIZE)
		return -EINVAL;
	if (va < XEN_VIRT_BASE)
		return -EFAULT;
	if (peer == UKPLAT_DMA_MACHINE) {
		*addr = mfn_of(buf) << XEN_PAGE_SHIFT | off;
		return 0;
	}
	if ((r = setup()) || (r = entry_alloc()) < 0)
		return r;
	table[r].domid = (uint16_t)peer;
	table[r].frame = (uint32_t)mfn_of(buf);
	__atomic_thread_fence(__ATOMIC_RELEASE);
	table[r].flags = GTF_permit_access |
			 (dir == UKPLAT_DMA_TO_DEVICE ? GTF_readonly : 0);
	*addr = (ukplat_dma_addr_t)r;
	return 0;
}

int ukplat_dma_unmap(ukplat_dma_addr_t addr, unsigned long len,
		     unsigned int peer)
{
	uint16_t flags;

	(void)len;
	if (peer == UKPLAT_DMA_MACHINE)
		return 0;
	if (ready != 1 || addr < GNTTAB_RESERVED || addr >= GNTTAB_ENTRIES)
		return -EINVAL;
	flags = __atomic_load_n(&table[addr].flags, __ATOMIC_SEQ_CST);
	do {
		if (flags & (GTF_reading | GTF_writing))
			return -EBUSY;
		if (!flags)
			return -EINVAL;
	} while (!__atomic_compare_exchange_n(&table[addr].flags, &flags, 0,
					      0, __ATOMIC_SEQ_CST,
					      __ATOMIC_SEQ_CST));
	return 0;
}

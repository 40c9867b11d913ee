/*
 * The page tables: an identity map with 4 KiB granules and 39-bit
 * addresses (TTBR0 only, walks start at level 1), built at boot with the
 * MMU off, then MMU and caches on. Xen's ABI wants every page shared with
 * it (hypercall arguments, rings, shared info) Normal write-back, so the
 * MMU is on before the first hypercall. What is mapped, by the guest
 * layout of Xen's arch-arm.h (the toolstack's, the same for every Arm
 * guest):
 *   2 MiB - 896 MiB   Device memory, never executable: the virtual GIC
 *                     (0x03001000...), virtio-mmio, PL011 windows; the
 *                     first 2 MiB stay unmapped, so null pointers fault
 *   896 - 928 MiB     Normal, read-write, never executable: the grant
 *                     table window and the "magic" pages (console and
 *                     xenstore rings, GUEST_GNTTAB_BASE, GUEST_MAGIC_BASE)
 *   1 - 4 GiB         RAM (Normal, write-back), read-write, never
 *                     executable; the image's own pages as its sections
 *                     say: .text read-only and executable, .rodata, the
 *                     tables and the symbol table read-only, data
 *                     read-write. The guard pages below the two stacks
 *                     stay unmapped.
 * SCTLR_EL1.WXN makes every writable page non-executable whatever its
 * entry says.
 *
 * Runs before the MMU is on, on Device memory: aligned accesses only
 * (-mstrict-align for this library on arm64, arch.uk), no calls into
 * other libraries. The tables are in .boot, below the image (no file
 * bytes, not zeroed by entry.S): every entry is written here.
 */
#include "xen.h"

#define ENTRIES		512
#define IMG_TABLES	8	/* the image may span up to 16 MiB */

#define D_TABLE		0x3UL		/* next-level table (L1, L2) */
#define D_BLOCK		0x1UL		/* block (L1, L2) */
#define D_PAGE		0x3UL		/* page (L3) */
#define D_ATTR(n)	((unsigned long)(n) << 2)	/* MAIR index */
#define D_RO		(2UL << 6)	/* AP: read-only at EL1 */
#define D_ISH		(3UL << 8)	/* inner shareable */
#define D_AF		(1UL << 10)	/* access flag */
#define D_XN		(3UL << 53)	/* PXN | UXN */
#define ATTR_DEVICE	0	/* MAIR attribute 0: Device-nGnRE */
#define ATTR_NORMAL	1	/* MAIR attribute 1: Normal write-back */
#define MAIR_VALUE	(0x04UL | 0xffUL << 8)

#define DEV		(D_ATTR(ATTR_DEVICE) | D_AF | D_XN)
#define RAM_RW		(D_ATTR(ATTR_NORMAL) | D_ISH | D_AF | D_XN)
#define RAM_RO		(RAM_RW | D_RO)
#define RAM_RX		(D_ATTR(ATTR_NORMAL) | D_ISH | D_AF | D_RO)

#define MIB2		(1UL << 21)
#define GIB		(1UL << 30)
#define SHARED_FIRST	0x38000000UL	/* GUEST_GNTTAB_BASE */
#define SHARED_END	0x3a000000UL	/* GUEST_MAGIC_BASE + 32 MiB */

/* TCR_EL1: T0SZ 25 (39-bit), table walks write-back inner shareable,
 * 4 KiB granule; no TTBR1 walks (EPD1); IPS 40 bits (1 TiB). */
#define TCR_VALUE	(25UL | 1UL << 8 | 1UL << 10 | 3UL << 12 | \
			 1UL << 23 | 2UL << 32)
/* SCTLR_EL1: M, C, SA, I, WXN, and the bits that are RES1 in ARMv8.0. */
#define SCTLR_SET	(1UL << 0 | 1UL << 2 | 1UL << 3 | 1UL << 12 | \
			 1UL << 19 | 1UL << 11 | 1UL << 20 | 1UL << 22 | \
			 1UL << 23 | 1UL << 28 | 1UL << 29)

extern char _text[], _etext[], _erodata[], __uk_symtab_start[];
extern char _xen_exc_stack_guard[], _xen_boot_stack_guard[];

/* In .boot, below the image (ld/arm64-xen.ld): no bytes of the file. */
#define PGTABLE	__attribute__((section(".boot.pgtables"), aligned(XEN_PAGE_SIZE)))
static uint64_t l1[ENTRIES] PGTABLE;
static uint64_t l2_low[ENTRIES] PGTABLE;
static uint64_t l2_ram[ENTRIES] PGTABLE;
static uint64_t l3[IMG_TABLES][ENTRIES] PGTABLE;

/* The end of the symbol table: its header's total (uk/symtab.h), read
 * here as ukdebug's reader cannot run with the MMU off. */
static unsigned long symtab_end(void)
{
	return (unsigned long)__uk_symtab_start +
	       ((const volatile uint32_t *)__uk_symtab_start)[3];
}

/* The attributes of the page at @va, in the image's first MiBs (0:
 * unmapped). */
static uint64_t image_attrs(unsigned long va)
{
	if (va == (unsigned long)_xen_exc_stack_guard ||
	    va == (unsigned long)_xen_boot_stack_guard)
		return 0;
	if (va < (unsigned long)_text)		/* .boot */
		return RAM_RW;
	if (va < (unsigned long)_etext)
		return RAM_RX;
	if (va < (unsigned long)_erodata)
		return RAM_RO;
	if (va >= (unsigned long)__uk_symtab_start && va < symtab_end())
		return RAM_RO;
	return RAM_RW;
}

void _xen_mmu_init(void)
{
	unsigned long first = (unsigned long)_text & ~(MIB2 - 1);
	unsigned long i, j;

	for (i = 0; i < ENTRIES; i++)
		l1[i] = l2_low[i] = 0;
	for (i = 1; i < ENTRIES; i++) {
		unsigned long a = i * MIB2;

		if (a >= SHARED_FIRST && a < SHARED_END)
			l2_low[i] = a | RAM_RW | D_BLOCK;
		else
			l2_low[i] = a | DEV | D_BLOCK;
	}
	l1[0] = (uint64_t)(unsigned long)l2_low | D_TABLE;
	/* The first GiB of RAM by 2 MiB blocks, the image's by pages. */
	for (i = 0; i < ENTRIES; i++) {
		unsigned long a = XEN_RAM0_BASE + i * MIB2;

		if (a >= first && a < first + IMG_TABLES * MIB2) {
			/* every entry written: unused tables stay unread */
			uint64_t *t = l3[(a - first) / MIB2];

			for (j = 0; j < ENTRIES; j++) {
				unsigned long p = a + j * XEN_PAGE_SIZE;
				uint64_t at = image_attrs(p);

				t[j] = at ? p | at | D_PAGE : 0;
			}
			l2_ram[i] = (uint64_t)(unsigned long)t | D_TABLE;
		} else {
			l2_ram[i] = a | RAM_RW | D_BLOCK;
		}
	}
	l1[1] = (uint64_t)(unsigned long)l2_ram | D_TABLE;
	l1[2] = 2 * GIB | RAM_RW | D_BLOCK;
	l1[3] = 3 * GIB | RAM_RW | D_BLOCK;
	__asm__ __volatile__(
		"msr mair_el1, %0\n"
		"msr tcr_el1, %1\n"
		"msr ttbr0_el1, %2\n"
		"dsb ish\n"
		"tlbi vmalle1\n"
		"dsb ish\n"
		"isb\n"
		"mrs x9, sctlr_el1\n"
		"orr x9, x9, %3\n"
		"msr sctlr_el1, x9\n"
		"isb\n"
		:: "r"(MAIR_VALUE), "r"(TCR_VALUE), "r"(l1), "r"(SCTLR_SET)
		: "x9", "memory");
}

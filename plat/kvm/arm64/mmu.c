/*
 * The page tables: an identity map with 4 KiB granules and 48-bit
 * addresses (TTBR0 only), built at boot with the MMU off, then MMU and
 * caches on. What is mapped:
 *   128 MiB - 1 GiB Device memory, never executable (QEMU virt's devices:
 *                   GIC, PL011, PL031, virtio-mmio, PCIe windows); the
 *                   flash below stays unmapped, so null pointers fault
 *   1 - 4 GiB       RAM (Normal, write-back), read-write, never
 *                   executable; the image's own pages as its segments
 *                   say: .text read-only and executable, .rodata and
 *                   the symbol table read-only, data read-write. The
 *                   guard pages below the two stacks stay unmapped.
 *   256 - 257 GiB   Device memory: virt's PCIe configuration space
 *                   (ECAM at 0x4010000000)
 * SCTLR_EL1.WXN makes every writable page non-executable whatever its
 * entry says. The first GiB of RAM is mapped by 2 MiB blocks (the ones
 * that hold the image by 4 KiB pages); _kvm_pte_of splits a block into
 * pages for guard pages (guard.c), from a small pool of tables.
 *
 * Runs before the MMU is on, on Device memory: aligned accesses only
 * (-mstrict-align for this library on arm64, arch.uk), no calls into
 * other libraries, tables in .bss (zeroed by entry.S).
 */
#include <uk/arch/lcpu.h>
#include "arm64.h"

#define ENTRIES		512
#define IMG_TABLES	8	/* the image may span up to 16 MiB */
#define GUARD_TABLES	16	/* guard pages within 32 MiB of heap */

#define D_TABLE		0x3UL		/* next-level table (L0-L2) */
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

#define GIB		(1UL << 30)
#define DEV_FIRST	0x08000000UL	/* virt's devices, above its flash */
#define MIB2		(1UL << 21)

/* TCR_EL1: T0SZ 16 (48-bit), table walks write-back inner shareable,
 * 4 KiB granule; no TTBR1 walks (EPD1); IPS from the CPU's PARange. */
#define TCR_BASE	(16UL | 1UL << 8 | 1UL << 10 | 3UL << 12 | 1UL << 23)
#define TCR_IPS_SHIFT	32
/* SCTLR_EL1: M, C, SA, I, WXN, and the bits that are RES1 in ARMv8.0. */
#define SCTLR_SET	(1UL << 0 | 1UL << 2 | 1UL << 3 | 1UL << 12 | \
			 1UL << 19 | 1UL << 11 | 1UL << 20 | 1UL << 22 | \
			 1UL << 23 | 1UL << 28 | 1UL << 29)

extern char _text[], _etext[], _rodata[], _erodata[], _data[];
extern char __uk_symtab_start[];
extern char _kvm_exc_stack_guard[], _kvm_boot_stack_guard[];
extern char _kvm_boot_stack_top[];

static uint64_t l0[ENTRIES] __attribute__((aligned(KVM_PAGE_SIZE)));
static uint64_t l1[ENTRIES] __attribute__((aligned(KVM_PAGE_SIZE)));
static uint64_t l2_dev[ENTRIES] __attribute__((aligned(KVM_PAGE_SIZE)));
static uint64_t l2_ram[ENTRIES] __attribute__((aligned(KVM_PAGE_SIZE)));
static uint64_t l3[IMG_TABLES + GUARD_TABLES][ENTRIES]
	__attribute__((aligned(KVM_PAGE_SIZE)));
static unsigned int l3_used;

static unsigned long page_down(unsigned long a)
{
	return a & ~(KVM_PAGE_SIZE - 1);
}

/* The attributes of the image's page at @va. */
static uint64_t image_attrs(unsigned long va)
{
	unsigned long t = page_down((unsigned long)_text);

	if (va >= t && va < (unsigned long)_etext)
		return RAM_RX;
	if (va >= page_down((unsigned long)_rodata) &&
	    va < (unsigned long)_erodata)
		return RAM_RO;
	if (va == (unsigned long)_kvm_exc_stack_guard ||
	    va == (unsigned long)_kvm_boot_stack_guard)
		return 0;	/* unmapped */
	if (va >= page_down((unsigned long)__uk_symtab_start))
		return RAM_RO;	/* the symbol table's pages */
	return RAM_RW;
}

/* Maps the 2 MiB block @i of the first GiB of RAM by pages: those of the
 * image as above, the rest read-write. */
static void image_block(unsigned int i, unsigned long img_end)
{
	unsigned long base = KVM_RAM_BASE + i * MIB2;
	uint64_t *t = l3[l3_used++];
	unsigned int j;

	for (j = 0; j < ENTRIES; j++) {
		unsigned long va = base + j * KVM_PAGE_SIZE;
		uint64_t a = va < img_end ? image_attrs(va) : RAM_RW;

		t[j] = a ? va | D_PAGE | a : 0;
	}
	l2_ram[i] = (unsigned long)t | D_TABLE;
}

void _kvm_mmu_init(void)
{
	/* The image ends with its symbol table, whose size is in its
	 * header (uk/symtab.h: total, at offset 12). */
	unsigned long img_start = page_down((unsigned long)_text);
	unsigned long img_end = (unsigned long)__uk_symtab_start +
		*(volatile uint32_t *)(__uk_symtab_start + 12);
	unsigned long pa = ukarch_sysreg_read(id_aa64mmfr0_el1) & 7;
	unsigned int i;

	img_end = page_down(img_end + KVM_PAGE_SIZE - 1);
	/* Bigger images are not supported: no console yet to say so. */
	if (img_end - (img_start & ~(MIB2 - 1)) > IMG_TABLES * MIB2)
		ukarch_halt_forever();

	l0[0] = (unsigned long)l1 | D_TABLE;
	l1[0] = (unsigned long)l2_dev | D_TABLE;
	for (i = DEV_FIRST / MIB2; i < ENTRIES; i++)
		l2_dev[i] = i * MIB2 | D_BLOCK | DEV;
	l1[1] = (unsigned long)l2_ram | D_TABLE;
	for (i = 2; i < KVM_MAPPED_END / GIB; i++)
		l1[i] = i * GIB | D_BLOCK | RAM_RW;
	l1[256] = 256 * GIB | D_BLOCK | DEV;
	for (i = 0; i < ENTRIES; i++) {
		unsigned long b = KVM_RAM_BASE + i * MIB2;

		if (b + MIB2 > img_start && b < img_end)
			image_block(i, img_end);
		else
			l2_ram[i] = b | D_BLOCK | RAM_RW;
	}
	if (pa > 5)
		pa = 5;		/* 48 bits: all the walk can address */
	ukarch_sysreg_write(mair_el1, MAIR_VALUE);
	ukarch_sysreg_write(tcr_el1, TCR_BASE | pa << TCR_IPS_SHIFT);
	ukarch_sysreg_write(ttbr0_el1, (unsigned long)l0);
	__asm__ __volatile__("dsb ish; tlbi vmalle1; dsb ish; isb"
			     ::: "memory");
	ukarch_sysreg_write(sctlr_el1,
			    ukarch_sysreg_read(sctlr_el1) | SCTLR_SET);
	ukarch_isb();
}

void _kvm_tlb_flush(unsigned long va)
{
	__asm__ __volatile__("dsb ishst; tlbi vaae1is, %0; dsb ish; isb"
			     :: "r"(va >> 12) : "memory");
}

uint64_t *_kvm_pte_of(unsigned long va)
{
	unsigned long i = (va - KVM_RAM_BASE) / MIB2, b = va & ~(MIB2 - 1);
	uint64_t *t;
	unsigned int j;

	if (va < KVM_RAM_BASE || i >= ENTRIES)
		return 0;
	if ((l2_ram[i] & 3) == D_BLOCK) {
		if (l3_used == IMG_TABLES + GUARD_TABLES)
			return 0;
		t = l3[l3_used++];
		for (j = 0; j < ENTRIES; j++)
			t[j] = (b + j * KVM_PAGE_SIZE) | D_PAGE | RAM_RW;
		/* Break before make: the block goes, then the table. */
		l2_ram[i] = 0;
		_kvm_tlb_flush(b);
		__asm__ __volatile__("dsb ishst" ::: "memory");
		l2_ram[i] = (unsigned long)t | D_TABLE;
		__asm__ __volatile__("dsb ishst; isb" ::: "memory");
	}
	t = (uint64_t *)(l2_ram[i] & 0x0000fffffffff000UL);
	return &t[(va >> 12) & (ENTRIES - 1)];
}

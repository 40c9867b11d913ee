/* Guard pages (uk/plat/guard.h) on kvm. entry.S identity-maps the first
 * 4 GiB with 2 MiB pages (the first 2 MiB with 4 KiB ones), so a guard
 * page first needs its 2 MiB page split into 512 pages of 4 KiB, with a
 * page table from a small static pool; when the pool is used up the call
 * fails and the caller goes without a guard. A page is guarded by
 * clearing its present bit: any access faults and gives the crash report
 * (the fault runs on an IST stack, not on the overflowed one). */
#include <uk/plat/guard.h>
#include "x86_64.h"

/* 16 tables: guard pages anywhere in 32 MiB of heap (64 KiB of .bss,
 * zero-filled, only in images that create threads). */
#define GUARD_TABLES	16
#define NOMEM		12	/* ENOMEM: no errno.h in platform code */
#define INVAL		22	/* EINVAL */
#define ADDR_MASK	0x000ffffffffff000UL

extern unsigned long _kvm_pd[4 * 512];

static unsigned long tables[GUARD_TABLES][512]
	__attribute__((aligned(KVM_PAGE_SIZE)));
static unsigned int tables_used;

/* The 4 KiB entry that maps @va, splitting its 2 MiB page if needed;
 * NULL when no table is left or @va is beyond the identity map. */
static unsigned long *pte_of(unsigned long va)
{
	unsigned long i = va >> 21, *pt;
	unsigned long pde;

	if (i >= 4 * 512)
		return 0;
	pde = _kvm_pd[i];
	if (pde & KVM_PTE_LARGE) {
		if (tables_used == GUARD_TABLES)
			return 0;
		pt = tables[tables_used++];
		for (unsigned int j = 0; j < 512; j++)
			pt[j] = (i << 21) + j * KVM_PAGE_SIZE +
				KVM_PTE_PRESENT + KVM_PTE_WRITE;
		_kvm_pd[i] = (unsigned long)pt + KVM_PTE_PRESENT +
			     KVM_PTE_WRITE;
		/* the old 2 MiB translation may be cached: drop it */
		__asm__ __volatile__("invlpg (%0)" :: "r"(i << 21) : "memory");
	}
	pt = (unsigned long *)(_kvm_pd[i] & ADDR_MASK);
	return &pt[(va >> 12) & 511];
}

int ukplat_page_guard(void *addr, unsigned long len, int guard)
{
	unsigned long va = (unsigned long)addr, end = va + len;

	if ((va | len) & (KVM_PAGE_SIZE - 1))
		return -INVAL;
	for (; va < end; va += KVM_PAGE_SIZE) {
		unsigned long *pte = pte_of(va);

		if (!pte)
			return -NOMEM;
		if (guard)
			*pte &= ~KVM_PTE_PRESENT;
		else
			*pte |= KVM_PTE_PRESENT;
		__asm__ __volatile__("invlpg (%0)" :: "r"(va) : "memory");
	}
	return 0;
}

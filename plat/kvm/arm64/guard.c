/* Guard pages (uk/plat/guard.h) on kvm arm64: the page's entry is made
 * invalid, splitting its 2 MiB block first (mmu.c: a pool of 16 tables,
 * guards within 32 MiB of heap; when it is used up the call fails and
 * the caller goes without a guard). Any access then faults and gives the
 * crash report, on the exception stack (SP_EL1), not on the overflowed
 * one. */
#include <uk/plat/guard.h>
#include "arm64.h"

#define NOMEM		12	/* ENOMEM: no errno.h in platform code */
#define INVAL		22	/* EINVAL */

int ukplat_page_guard(void *addr, unsigned long len, int guard)
{
	unsigned long va = (unsigned long)addr, end = va + len;

	if ((va | len) & (KVM_PAGE_SIZE - 1))
		return -INVAL;
	for (; va < end; va += KVM_PAGE_SIZE) {
		uint64_t *pte = _kvm_pte_of(va);

		if (!pte)
			return -NOMEM;
		if (guard)
			*pte &= ~KVM_PTE_VALID;
		else
			*pte |= KVM_PTE_VALID;
		_kvm_tlb_flush(va);
	}
	return 0;
}

/*
 * Platform contract: guard pages. OPTIONAL (callers check the weak
 * reference): linuxu (mprotect) and kvm (splits a 2 MiB page of its
 * identity map, from a pool of 16 page tables: guards within 32 MiB of
 * heap) implement it; xen, whose page tables go through the hypervisor,
 * does not yet.
 */
#ifndef UK_PLAT_GUARD_H
#define UK_PLAT_GUARD_H

#ifdef __cplusplus
extern "C" {
#endif

/* @guard 1: makes the @len bytes at @addr (page-aligned heap memory)
 * inaccessible, so that a stack overflowing into them faults; 0: makes
 * them ordinary memory again (before they go back to the allocator).
 * Returns 0 or a negative errno. */
int ukplat_page_guard(void *addr, unsigned long len, int guard)
	__attribute__((weak));

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_GUARD_H */

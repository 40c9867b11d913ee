/*
 * Platform contract: device memory, the addresses a device uses to reach
 * the kernel's buffers (DMA). OPTIONAL (callers check the weak reference):
 * kvm and xen implement it; linuxu has no device that reads guest memory
 * (its tap devices are file descriptors) and does not.
 *
 * A driver never hands a device a virtual address: it asks for the
 * buffer's bus address here, once per buffer it gives the device, and
 * gives it back when the device is done with it. What stands behind the
 * address is the platform's business:
 *   kvm   the guest-physical address, which equals the virtual one (the
 *         boot page tables map memory 1:1): any length, no state, unmap
 *         does nothing. (An IOMMU would live here.)
 *   xen   PV guests give backends access by grant: the address is a
 *         grant reference to the page holding the buffer for the peer
 *         domain (the backend's domid: the device's dma_peer, uk/bus.h),
 *         read-only when the device only reads it. One page per mapping:
 *         the buffer may not cross a page boundary; the offset in the
 *         page is the buffer's own (addr % UKPLAT_DMA_PAGE). With
 *         @peer == UKPLAT_DMA_MACHINE the address is the machine address
 *         instead (pfn -> mfn through the P2M), for the hypervisor's own
 *         interfaces; nothing to end then.
 * (arm64 with an SMMU, later: the IOVA of the device's stream.)
 *
 * The memory itself is ordinary memory (static, heap, stack of a thread
 * that outlives the transfer): page-aligned where the device or ring
 * layout needs it (uk_memalign). Cache coherence is the architecture's:
 * x86_64 keeps DMA coherent; ordering between the driver's writes and the
 * device's reads is the driver's (uk/arch barriers).
 */
#ifndef UK_PLAT_DMA_H
#define UK_PLAT_DMA_H

#ifdef __cplusplus
extern "C" {
#endif

/* A bus address (kvm: physical address; xen: grant reference or machine
 * address). */
typedef unsigned long long ukplat_dma_addr_t;

/* The granule of ukplat_dma_map on platforms that map by page. */
#define UKPLAT_DMA_PAGE		4096UL

/* Directions: what the device does with the buffer. */
#define UKPLAT_DMA_TO_DEVICE	0x1	/* the device reads it */
#define UKPLAT_DMA_FROM_DEVICE	0x2	/* the device writes it */
#define UKPLAT_DMA_BIDIR	0x3

/* @peer for the machine address of the buffer itself (xen), not a grant. */
#define UKPLAT_DMA_MACHINE	0xffffffffU

/* Stores in *@addr the address at which a device of @peer (the device's
 * dma_peer; kvm ignores it) reaches the @len bytes at @buf, for the
 * directions @dir. Returns 0, -EINVAL (@len is 0, @dir is 0, or the
 * buffer crosses a page where the platform maps by page), -ENOSPC (no
 * grant entry left, xen), -EFAULT (@buf is not memory the platform
 * knows). */
int ukplat_dma_map(const void *buf, unsigned long len, unsigned int peer,
		   unsigned int dir, ukplat_dma_addr_t *addr)
	__attribute__((weak));

/* Ends the access ukplat_dma_map gave (same @addr, @len, @peer): after
 * it, the device cannot reach the buffer any more. Returns 0, or -EBUSY
 * if the peer still has the page mapped (xen; retry once the backend let
 * go of it), -EINVAL for an address this platform never gave. */
int ukplat_dma_unmap(ukplat_dma_addr_t addr, unsigned long len,
		     unsigned int peer) __attribute__((weak));

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_DMA_H */

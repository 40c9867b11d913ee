/*
 * arm64 cache maintenance, for code that shares memory with devices that
 * do not snoop caches, or that writes instructions. QEMU's virt devices
 * (virtio) are coherent: drivers need barriers (uk/arch/lcpu.h), not
 * these. Ranges are by virtual address, any alignment (whole lines are
 * affected).
 */
#ifndef UK_ARCH_CACHE_H
#define UK_ARCH_CACHE_H

/* Writes dirty data cache lines of [addr, addr+len) back to memory
 * (DC CVAC), then waits for completion. */
void ukarch_dcache_clean_range(const void *addr, unsigned long len);

/* Cleans and invalidates the data cache lines of [addr, addr+len) (DC
 * CIVAC): later reads come from memory. */
void ukarch_dcache_inval_range(const void *addr, unsigned long len);

/* Makes instructions written to [addr, addr+len) visible to instruction
 * fetch: cleans the data cache to the point of unification, invalidates
 * the instruction cache, then synchronizes. */
void ukarch_icache_sync_range(const void *addr, unsigned long len);

#endif /* UK_ARCH_CACHE_H */

/*
 * Platform contract: the RAM left for the heap.
 */
#ifndef UK_PLAT_MEMORY_H
#define UK_PLAT_MEMORY_H

#ifdef __cplusplus
extern "C" {
#endif

/* struct ukplat_memregion.flags */
#define UKPLAT_MEMRF_FREE	0x1	/* free RAM, usable as heap */

struct ukplat_memregion {
	unsigned long base;	/* first byte, page-aligned */
	unsigned long len;	/* bytes, a multiple of the page size */
	unsigned int flags;	/* UKPLAT_MEMRF_* */
};

/* Returns the number of memory regions (0 or more). The regions are free
 * RAM, mapped, page-aligned, sorted by base and disjoint; they exclude the
 * image, its symbol table, the boot stacks and whatever the boot loader
 * handed over (command line, boot information). */
int ukplat_memregion_count(void);

/* Copies region i (0 <= i < ukplat_memregion_count()) to *m. Returns 0, or
 * -EINVAL if i is out of range or m is NULL. */
int ukplat_memregion_get(int i, struct ukplat_memregion *m);

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_MEMORY_H */

/*
 * The heap: one anonymous mapping of LINUXU_HEAPMB MiB (or --uk-heap=MB),
 * made on first use so that images that never allocate never pay for it.
 * MAP_NORESERVE: the kernel backs pages only as they are touched, so a
 * large heap costs nothing until used and does not fail on hosts with
 * strict overcommit accounting. The mapping is asked for at a fixed,
 * highly aligned address (a hint, not MAP_FIXED: taken if free): buddy
 * allocators serve a block of 2^k bytes only from a 2^k-aligned address,
 * so with a randomly placed heap the largest block that malloc can return
 * would change from run to run; the same addresses every run also make
 * crash reports comparable.
 */
#include <uk/config.h>
#include <uk/plat/bootstrap.h>
#include "syscall.h"
#include "linuxu.h"

#define PROT_RW		3
#define MAP_FLAGS	(0x02 | 0x20 | 0x4000) /* PRIVATE|ANONYMOUS|NORESERVE */
/* 16 TiB, aligned to 16 TiB; 1 GiB on 32-bit hosts (aligned to 1 GiB,
 * below the 3 GiB where a 32-bit process's address space ends). */
#define HEAP_HINT	(sizeof(long) == 8 ? (long)(0x100000000000ULL & ~0UL) : 0x40000000L)

static int heap_state;	/* 0: not tried, 1: mapped, -1: mapping failed */

/* The heap the image was given does not fit the process (ulimit -v, or a
 * host out of address space): say how much it asked for, and stop, rather
 * than run on with no heap and fail later for no visible reason. */
static void heap_fail(unsigned long mb)
{
	char num[24], *p = num + sizeof(num);

	*--p = 0;
	do
		*--p = (char)('0' + mb % 10);
	while (mb /= 10);
	_linuxu_puts(PLAT_PREFIX "too little memory: cannot map the heap of ");
	_linuxu_puts(p);
	_linuxu_puts(" MiB: raise ulimit -v, or give less with --uk-heap=MB\n");
	ukplat_crash();
}

/* Maps the heap on first use, into the common table; called before each
 * ukplat_memregion_count/get (plat/common/memregion.c). */
void _linuxu_memregion_prepare(void)
{
	unsigned long mb = _linuxu_heap_mb ? _linuxu_heap_mb
					   : (unsigned long)UK_OPT(LINUXU_HEAPMB);
	long m;

	if (heap_state)
		return;
	heap_state = -1;
	if (!mb)
		return;
	m = _linuxu_sc6(__NR_mmap, HEAP_HINT, (long)(mb << 20), PROT_RW,
			MAP_FLAGS, -1, 0);
	if (m < 0 && m > -4096)
		heap_fail(mb);
	_linuxu_memregion_one((unsigned long)m, (unsigned long)m + (mb << 20));
	heap_state = 1;
}

/*
 * Cache maintenance by virtual address range (uk/arch/cache.h). Line
 * sizes come from CTR_EL0 (readable at EL0 under Linux, which sets
 * SCTLR_EL1.UCT, as are DC CVAC/CIVAC and IC IVAU with UCI).
 */

/* x2 = the smallest data cache line (CTR_EL0.DminLine), x3 = line - 1,
 * x0 = addr rounded down, x1 = end. */
.macro DRANGE
	mrs x3, ctr_el0
	ubfx x3, x3, #16, #4
	mov x2, #4
	lsl x2, x2, x3
	sub x3, x2, #1
	add x1, x0, x1
	bic x0, x0, x3
.endm

	.text
	.globl ukarch_dcache_clean_range
	.type ukarch_dcache_clean_range, @function
ukarch_dcache_clean_range:
	DRANGE
1:	cmp x0, x1
	b.hs 2f
	dc cvac, x0
	add x0, x0, x2
	b 1b
2:	dsb sy
	ret
	.size ukarch_dcache_clean_range, . - ukarch_dcache_clean_range

	.globl ukarch_dcache_inval_range
	.type ukarch_dcache_inval_range, @function
ukarch_dcache_inval_range:
	DRANGE
1:	cmp x0, x1
	b.hs 2f
	dc civac, x0
	add x0, x0, x2
	b 1b
2:	dsb sy
	ret
	.size ukarch_dcache_inval_range, . - ukarch_dcache_inval_range

	.globl ukarch_icache_sync_range
	.type ukarch_icache_sync_range, @function
ukarch_icache_sync_range:
	mov x4, x0
	mov x5, x1
	DRANGE
1:	cmp x0, x1
	b.hs 2f
	dc cvau, x0
	add x0, x0, x2
	b 1b
2:	dsb ish
	/* The instruction cache: CTR_EL0.IminLine. */
	mrs x3, ctr_el0
	and x3, x3, #0xf
	mov x2, #4
	lsl x2, x2, x3
	sub x3, x2, #1
	add x1, x4, x5
	bic x0, x4, x3
3:	cmp x0, x1
	b.hs 4f
	ic ivau, x0
	add x0, x0, x2
	b 3b
4:	dsb ish
	isb
	ret
	.size ukarch_icache_sync_range, . - ukarch_icache_sync_range

/*
 * The entry of an arm64 Xen guest: ENTRY() of ld/arm64-xen.ld, a forced
 * member, first in the image. Xen's toolstack loads the flat image (the
 * file uklink writes beside the ELF, fact image_flat) at the start of
 * guest RAM plus text_offset and enters it at offset 0, at EL1, MMU and
 * caches off, interrupts masked, x0 = the device tree. The image starts
 * with the Linux arm64 boot header, which the toolstack's zImage64
 * loader checks ("ARM\x64"). Here: the exception stack in SP_EL1, FP/SIMD
 * on, .bss zeroed, the MMU on (mmu.c), then the boot thread's stack in
 * SP_EL0 (uk/arch/traps.h) and C.
 */
#define CPACR_FPEN		(3 << 20)	/* FP/SIMD at EL1 and EL0 */

	.section .text.head, "ax"
	.globl _xen_entry
	.type _xen_entry, @function
_xen_entry:
	b	1f			/* code0 */
	.long	0			/* code1 */
	.quad	0x20000			/* text_offset: after .boot (the template) */
	.quad	0			/* image_size: the file's (Xen's loader) */
	.quad	0			/* flags: little-endian */
	.quad	0, 0, 0			/* res2-res4 */
	.ascii	"ARM\x64"		/* magic */
	.long	0			/* res5 */
1:	msr	daifset, #0xf
	mov	x19, x0
	adrp	x1, _xen_exc_stack_top
	add	x1, x1, :lo12:_xen_exc_stack_top
	mov	sp, x1
	mov	x1, #CPACR_FPEN
	msr	cpacr_el1, x1
	isb
	/* Zero .bss (16-byte aligned at both ends): aligned stores only,
	 * as memory is Device memory until the MMU is on. The loader
	 * gave us zeroed pages, but the file covers .bss (the flat image
	 * ends with the symbol table) and that is what it copied. */
	adrp	x1, __bss_start
	add	x1, x1, :lo12:__bss_start
	adrp	x2, _end
	add	x2, x2, :lo12:_end
2:	cmp	x1, x2
	b.hs	3f
	stp	xzr, xzr, [x1], #16
	b	2b
3:	mov	x29, #0
	mov	x30, #0
	bl	_xen_mmu_init
	/* Threads run on SP_EL0 ("EL1t"); exceptions enter on SP_EL1. */
	msr	spsel, #0
	adrp	x1, _xen_boot_stack_top
	add	x1, x1, :lo12:_xen_boot_stack_top
	mov	sp, x1
	mov	x29, #0
	mov	x30, #0
	mov	x0, x19
	bl	_xen_start
	brk	#1
	.size _xen_entry, . - _xen_entry

/*
 * The entry of an arm64 kvm image: ENTRY() of ld/arm64-kvm.ld, a forced
 * member, reached two ways. QEMU's virt machine starts an ELF kernel at
 * its entry point, x0 = 0, the device tree at the start of RAM; a raw
 * binary of the image (`uklink run`: run_image in arch.uk) boots
 * through the Linux arm64 Image protocol (Linux's
 * Documentation/arch/arm64/booting.rst): the header below, first in the
 * image, branches here with the device tree's address in x0 (and
 * QEMU then loads -initrd and names it in /chosen). Either way: EL1
 * (EL2 with virtualization=on), MMU and caches off, interrupts masked;
 * _kvm_start takes x0's device tree, else RAM's start's. Here: drop to EL1 if needed, the
 * exception stack in SP_EL1, FP/SIMD on, .bss zeroed, the MMU on
 * (mmu.c), then the boot thread's stack in SP_EL0 (uk/arch/traps.h) and
 * C.
 */
#define SPSR_EL1H_MASKED	0x3c5	/* EL1h, DAIF masked */
#define HCR_RW			(1 << 31)	/* EL1 is AArch64 */
#define CPACR_FPEN		(3 << 20)	/* FP/SIMD at EL1 and EL0 */

	/* The Image header (64 bytes), at the image's first address
	 * (ld/arm64-kvm.ld): a loader copies the binary to RAM's start plus
	 * text_offset and jumps to its first word. image_size is the
	 * memory the image spans as linked, up to its symbol table's
	 * start (uklink grows that table in the file, which loaders copy
	 * whole). Flags: little-endian, 4 KiB pages, the 2 MiB-aligned
	 * base as near RAM's start as possible (RAM's start itself: the
	 * image is linked there). */
	.section .kvm_image_head, "a"
	.balign 8
	.globl _kvm_image_head
_kvm_image_head:
	b _kvm_entry			/* code0 */
	.long 0				/* code1 */
	.quad _kvm_image_text_offset
	.quad _kvm_image_size
	.quad 2				/* flags */
	.quad 0, 0, 0			/* res2-res4 */
	.ascii "ARM\x64"		/* magic */
	.long 0				/* res5 */

	.text
	.globl _kvm_entry
	.type _kvm_entry, @function
_kvm_entry:
	msr daifset, #0xf
	mov x19, x0
	mrs x1, CurrentEL
	cmp x1, #(2 << 2)
	b.ne 1f
	/* EL2: run the image at EL1, with the counters and timers
	 * accessible there and no virtual offset. */
	mov x1, #HCR_RW
	msr hcr_el2, x1
	mov x1, #3
	msr cnthctl_el2, x1
	msr cntvoff_el2, xzr
	mov x1, #SPSR_EL1H_MASKED
	msr spsr_el2, x1
	adr x1, 1f
	msr elr_el2, x1
	eret
1:	adrp x1, _kvm_exc_stack_top
	add x1, x1, :lo12:_kvm_exc_stack_top
	mov sp, x1
	mov x1, #CPACR_FPEN
	msr cpacr_el1, x1
	isb
	/* Zero .bss (16-byte aligned at both ends): aligned stores only,
	 * as memory is Device memory until the MMU is on. */
	adrp x1, __bss_start
	add x1, x1, :lo12:__bss_start
	adrp x2, _end
	add x2, x2, :lo12:_end
2:	cmp x1, x2
	b.hs 3f
	stp xzr, xzr, [x1], #16
	b 2b
3:	mov x29, #0
	mov x30, #0
	bl _kvm_mmu_init
	/* Threads run on SP_EL0 ("EL1t"); exceptions enter on SP_EL1. */
	msr spsel, #0
	adrp x1, _kvm_boot_stack_top
	add x1, x1, :lo12:_kvm_boot_stack_top
	mov sp, x1
	mov x29, #0
	mov x30, #0
	mov x0, x19
	bl _kvm_start
	brk #1
	.size _kvm_entry, . - _kvm_entry

/*
 * hello-arm64: the Arm (arm64) counterpart of hello.S, a minimal Xen guest
 * that proves the harness on Xen arm64 (tests/xen, xenrun.py picks Xen
 * arm64 for an arm64 Image). This file is its Image header and start:
 * the toolstack (libxl's zImage64 loader) reads the Linux arm64 boot
 * header, loads the image at RAM + text_offset and enters it at EL1 with
 * the MMU off and x0 = the guest's device tree. Xen's ABI wants memory
 * shared with it (hypercall arguments, the console ring) mapped Normal
 * write-back, so the start turns the MMU on with an identity map (4 KiB
 * granule, 39-bit addresses, 1 GiB blocks: the first GiB device memory,
 * where Xen puts the virtual GIC, the next three Normal write-back:
 * GUEST_RAM0 of arch-arm.h), then calls hello_main(dtb) on a stack in
 * .bss. hello_arm64.c has the rest.
 */
	.section .head, "ax"
	.globl _head
_head:
	b	start			/* code0 */
	.long	0			/* code1 */
	.quad	0			/* text_offset: at the start of RAM */
	.quad	_end - _head		/* image_size, .bss included */
	.quad	0x2			/* flags: little-endian, 4 KiB pages */
	.quad	0, 0, 0			/* res2-res4 */
	.ascii	"ARM\x64"		/* magic */
	.long	0			/* res5 */

start:
	mov	x19, x0			/* the device tree */
	adr	x0, ttb
	/* L1 entries: block, AF, inner shareable; AttrIndx 0 device, 1 Normal */
	mov	x1, #0x401		/* 0 GiB: device-nGnRnE (AttrIndx 0) */
	str	x1, [x0]
	ldr	x1, =0x40000705		/* 1 GiB: Normal WB, AF, SH inner */
	str	x1, [x0, #8]
	ldr	x1, =0x80000705
	str	x1, [x0, #16]
	ldr	x1, =0xc0000705
	str	x1, [x0, #24]
	msr	ttbr0_el1, x0
	ldr	x1, =0xff00		/* MAIR: attr0 device-nGnRnE, attr1 WB */
	msr	mair_el1, x1
	/* TCR: T0SZ 25 (39 bits), IRGN0/ORGN0 WB-WA, SH0 inner, TG0 4K,
	 * EPD1 (no TTBR1 walks), IPS 40 bits */
	ldr	x1, =0x200803519
	msr	tcr_el1, x1
	isb
	tlbi	vmalle1
	dsb	nsh
	isb
	mrs	x1, sctlr_el1
	orr	x1, x1, #(1 << 0)	/* M */
	orr	x1, x1, #(1 << 2)	/* C */
	orr	x1, x1, #(1 << 12)	/* I */
	msr	sctlr_el1, x1
	isb
	adr	x0, stack_top
	mov	sp, x0
	mov	x0, x19
	bl	hello_main
1:	wfi
	b	1b
	.ltorg

	.bss
	.balign	4096
ttb:	.space	4096
	.balign	16
	.space	8192
stack_top:

/*
 * The floor for arm64 boot-time benchmarks: the least an ELF kernel on
 * QEMU's virt machine can do, booted the way uklink boots arm64-kvm
 * images: `uklink run` makes a flat binary of it (run_image), which
 * QEMU boots through the Linux arm64 Image header below (the same as
 * plat/kvm/arm64/entry.S's, linked at 0x40200000). It writes "Hello world!\n" to the PL011 at 0x09000000 with the
 * MMU off and exits through semihosting (SYS_EXIT, status 0). No stack,
 * no page tables, no device tree.
 */
#define UART		0x09000000
#define SYS_EXIT	0x18

	.text
image_head:
	b stub_start			/* code0 */
	.long 0				/* code1 */
	.quad 0x200000			/* text_offset */
	.quad image_end - image_head	/* image_size */
	.quad 2				/* flags: LE, 4 KiB pages */
	.quad 0, 0, 0
	.ascii "ARM\x64"
	.long 0

	.globl stub_start
stub_start:
	mov x1, #UART
	adr x2, msg
	adr x3, msg_end
1:	cmp x2, x3
	b.eq 2f
	ldrb w4, [x2], #1
	str w4, [x1]
	b 1b
2:	mov x0, #SYS_EXIT
	adr x1, exit_block
	hlt #0xf000
3:	wfi
	b 3b

	.balign 8
exit_block:
	.quad 0x20026		/* ADP_Stopped_ApplicationExit */
	.quad 0			/* status */
msg:	.ascii "Hello world!\n"
msg_end:
image_end:

/*
 * The floor for boot-time benchmarks: the least a PVH kernel can do. QEMU
 * enters it in 32-bit protected mode; it writes "Hello world!\n" to COM1 and
 * exits through isa-debug-exit (status 0). No page tables, no long mode.
 */
#define COM1		0x3f8
#define DEBUG_EXIT	0xf4

	.section .note.Xen, "a", @note
	.align 4
	.long 4			/* name size: "Xen\0" */
	.long 4			/* descriptor size */
	.long 18		/* XEN_ELFNOTE_PHYS32_ENTRY */
	.asciz "Xen"
	.long stub_start

	.section .rodata
msg:	.ascii "Hello world!\n"
msg_end:

	.text
	.code32
	.globl stub_start
stub_start:
	mov $msg, %esi
1:	cmp $msg_end, %esi
	je 2f
	mov $COM1 + 5, %dx	/* line status: wait for an empty THR */
3:	in %dx, %al
	test $0x20, %al
	jz 3b
	mov $COM1, %dx
	movb (%esi), %al
	out %al, %dx
	inc %esi
	jmp 1b
2:	mov $DEBUG_EXIT, %dx
	xor %eax, %eax
	out %eax, %dx
4:	hlt
	jmp 4b

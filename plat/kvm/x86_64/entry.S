/*
 * PVH entry. QEMU (-kernel) or Xen finds _kvm_pvh_entry through the Xen ELF
 * note below and enters it in 32-bit protected mode, paging off, interrupts
 * off, %ebx = physical address of struct hvm_start_info. We check that the
 * RAM holds the whole image (else say how much it needs, and stop), zero .bss,
 * identity-map the first 4 GiB with 2 MiB pages (the first 2 MiB with
 * 4 KiB pages of _kvm_pt0, so that C can unmap the null page once it has
 * read the boot data QEMU puts there), enter long mode, turn on SSE and
 * call _kvm_start (C). This file is a forced member: nothing
 * references it by symbol, only ENTRY() and the note.
 */
#include <uk/arch/lcpu.h>

#define BOOT_STACK_SIZE	65536		/* main() runs on it: keep it roomy */
#define PTE_PRESENT	0x001
#define PTE_WRITE	0x002
#define PTE_LARGE	0x080		/* 2 MiB page (in a page directory) */
#define SEL_CODE	0x08
#define SEL_DATA	0x10

/* XEN_ELFNOTE_PHYS32_ENTRY (18). The descriptor is 8 bytes: QEMU 7.2 reads
 * a 64-bit value for ELF64 kernels, Xen accepts 4 or 8. The section must
 * be 4-byte aligned (QEMU aligns the name with the segment's p_align). */
	.section .note.Xen, "a", @note
	.balign 4
	.long 4				/* name size: "Xen\0" */
	.long 8				/* descriptor size */
	.long 18			/* type */
	.asciz "Xen"
	.quad _kvm_pvh_entry

	.section .bss
	.balign 4096
_kvm_pml4:
	.skip 4096
_kvm_pdpt:
	.skip 4096
	.globl _kvm_pd
_kvm_pd:
	.skip 4 * 4096			/* 4 page directories = 4 GiB */
	.globl _kvm_pt0
_kvm_pt0:
	.skip 4096			/* 4 KiB pages of the first 2 MiB */
	/* setup.c unmaps this page so that a stack overflow faults instead of
	 * overwriting the page tables. */
	.globl _kvm_boot_stack_guard
_kvm_boot_stack_guard:
	.skip 4096
_kvm_boot_stack:
	.skip BOOT_STACK_SIZE
_kvm_boot_stack_top:

	.section .data
	.balign 8
_kvm_boot_gdt:				/* same selectors as the arch's GDT */
	.quad 0
	.quad 0x00af9a000000ffff	/* 0x08: 64-bit code */
	.quad 0x00cf92000000ffff	/* 0x10: data */
_kvm_boot_gdt_end:
_kvm_boot_gdt_ptr:
	.word _kvm_boot_gdt_end - _kvm_boot_gdt - 1
	.long _kvm_boot_gdt
_kvm_start_info:
	.long 0

/* Writes \count 8-byte page-table entries from %edi on: %eax, then
 * %eax + \step, ... (the upper halves stay zero). Clobbers ecx. */
.macro PT_FILL step, count
	movl $\count, %ecx
1:	movl %eax, (%edi)
	addl $\step, %eax
	addl $8, %edi
	loop 1b
.endm

/* COM1's transmit register, and QEMU's isa-debug-exit (shutdown.c). */
#define COM1		0x3f8
#define DEBUG_EXIT	0xf4
#define CRASH_STATUS	127		/* UKPLAT_CRASH_STATUS */
#define SI_MAGIC	0x336ec578	/* pvh.h: hvm_start_info */
#define SI_VERSION	4
#define SI_MEMMAP	40
#define SI_MEMMAP_N	48
#define MM_SIZE		24		/* hvm_memmap_table_entry */
#define SYMTAB_MAGIC	0x54534b55	/* "UKST": ukdebug's symtab.c */

	.section .rodata
_kvm_mem_msg1:	.asciz "[kvm] too little memory: the image needs RAM up to "
_kvm_mem_msg2:	.asciz " KiB, RAM ends at "
_kvm_mem_msg3:	.asciz " KiB\n"

	.text
	.code32
/* Does the RAM hold the image? It ends at __uk_symtab_start + its header's
 * total (uklink sizes the table after the link); .bss, the boot stack and
 * page tables are below. QEMU loads what fits and drops the rest, so with
 * too little memory the .bss writes below vanish and the boot dies
 * silently: check the PVH memory map first, reading the symbol table's
 * header only once its 16 bytes are known to be RAM. Without a memory map
 * (or a PVH start info) nothing is checked: _kvm_start reports those.
 * Entered and left by jumps (no stack yet): returns to %ebp; keeps %ebx. */
_kvm_memcheck:
	cmpl $SI_MAGIC, (%ebx)
	jne 9f
	cmpl $1, SI_VERSION(%ebx)
	jb 9f
	cmpl $0, SI_MEMMAP+4(%ebx)
	jne 9f
	movl SI_MEMMAP(%ebx), %esi
	movl SI_MEMMAP_N(%ebx), %ecx
	testl %esi, %esi
	jz 9f
	/* %eax: the end of the RAM entry that holds _text (0: none) */
	xorl %eax, %eax
1:	testl %ecx, %ecx
	jz 3f
	cmpl $1, 16(%esi)		/* PVH_MEMMAP_TYPE_RAM */
	jne 2f
	cmpl $0, 4(%esi)		/* starts above 4 GiB */
	jne 2f
	cmpl $_text, (%esi)
	ja 2f
	movl (%esi), %edx		/* end = addr + size, capped at 4 GiB */
	addl 8(%esi), %edx
	jc 4f
	cmpl $0, 12(%esi)
	jne 4f
	cmpl $_text, %edx
	jbe 2f
	movl %edx, %eax
	jmp 3f
4:	movl $0xfffff000, %eax
	jmp 3f
2:	addl $MM_SIZE, %esi
	decl %ecx
	jmp 1b
3:	movl $(__uk_symtab_start + 16), %edi
	cmpl %edi, %eax
	jb 8f
	cmpl $SYMTAB_MAGIC, __uk_symtab_start
	jne 9f				/* ukdebug reports a bad table */
	movl __uk_symtab_start + 12, %edx
	cmpl $0x40000000, %edx
	jae 9f
	addl $__uk_symtab_start, %edx
	cmpl %edx, %edi
	jae 9f
	movl %edx, %edi
	cmpl %edi, %eax
	jae 9f
8:	/* %edi: the end the image needs, %eax: where RAM ends. Stopping:
	 * a stack below the start info, which the loader put in RAM. */
	movl %eax, %ebp
	movl %ebx, %esp
	andl $-16, %esp
	movl $_kvm_mem_msg1, %esi
	call com1_str
	call com1_kib
	movl $_kvm_mem_msg2, %esi
	call com1_str
	movl %ebp, %edi
	call com1_kib
	movl $_kvm_mem_msg3, %esi
	call com1_str
	movl $CRASH_STATUS, %eax
	outl %eax, $DEBUG_EXIT
5:	hlt
	jmp 5b
9:	jmp *%ebp

/* COM1 <- the NUL-terminated string at %esi. Clobbers eax, edx, esi. */
com1_str:
	movw $COM1, %dx
1:	lodsb
	testb %al, %al
	jz 2f
	outb %al, %dx
	jmp 1b
2:	ret

/* COM1 <- %edi / 1024, rounded up, in decimal. Clobbers eax, ecx, edx,
 * esi. */
com1_kib:
	movl %edi, %eax
	addl $1023, %eax
	shrl $10, %eax
	movl $10, %ecx
	xorl %esi, %esi
1:	xorl %edx, %edx
	divl %ecx
	pushl %edx			/* digits, last first */
	incl %esi
	testl %eax, %eax
	jnz 1b
	movw $COM1, %dx
2:	popl %eax
	addb $'0', %al
	outb %al, %dx
	decl %esi
	jnz 2b
	ret

	.globl _kvm_pvh_entry
	.type _kvm_pvh_entry, @function
_kvm_pvh_entry:
	cli
	cld
	movl $1f, %ebp
	jmp _kvm_memcheck
1:
	/* Zero .bss: loaders need not, and the page tables and the stack live
	 * there. The script aligns __bss_start and _end to 16 bytes. %ebx is
	 * kept (rep stos uses eax, ecx, edi). */
	movl $__bss_start, %edi
	movl $_end, %ecx
	subl %edi, %ecx
	shrl $2, %ecx
	xorl %eax, %eax
	rep stosl
	movl %ebx, _kvm_start_info
	movl $_kvm_boot_stack_top, %esp

	/* PML4[0] -> PDPT; PDPT[0..3] -> the 4 page directories. */
	movl $(_kvm_pdpt + PTE_PRESENT + PTE_WRITE), _kvm_pml4
	movl $_kvm_pdpt, %edi
	movl $(_kvm_pd + PTE_PRESENT + PTE_WRITE), %eax
	PT_FILL 4096, 4
	/* 2048 entries of 2 MiB, identity (upper halves are zero). */
	movl $_kvm_pd, %edi
	movl $(PTE_PRESENT + PTE_WRITE + PTE_LARGE), %eax
	PT_FILL 0x200000, 2048
	/* The first 2 MiB through _kvm_pt0, 512 entries of 4 KiB. */
	movl $(_kvm_pt0 + PTE_PRESENT + PTE_WRITE), _kvm_pd
	movl $_kvm_pt0, %edi
	movl $(PTE_PRESENT + PTE_WRITE), %eax
	PT_FILL 0x1000, 512

	/* PAE, long mode, then paging: the CPU enters compatibility mode. */
	movl $_kvm_pml4, %eax
	movl %eax, %cr3
	movl %cr4, %eax
	orl $X86_CR4_PAE, %eax
	movl %eax, %cr4
	movl $X86_MSR_EFER, %ecx
	rdmsr
	orl $X86_EFER_LME, %eax
	wrmsr
	movl %cr0, %eax
	orl $(X86_CR0_PG | X86_CR0_PE), %eax
	movl %eax, %cr0
	lgdt _kvm_boot_gdt_ptr
	ljmp $SEL_CODE, $_kvm_entry64

	.code64
_kvm_entry64:
	movl $SEL_DATA, %eax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %ss
	xorl %eax, %eax
	movw %ax, %fs
	movw %ax, %gs
	movq $_kvm_boot_stack_top, %rsp	/* 16-byte aligned for the calls */
	xorl %ebp, %ebp			/* end of frame-pointer chains */
	call ukarch_sse_enable		/* before any C */
	movl _kvm_start_info, %edi
	call _kvm_start
4:	cli				/* _kvm_start does not return */
	hlt
	jmp 4b
	.size _kvm_pvh_entry, . - _kvm_pvh_entry

/*
 * Xen PV entry (x86_64), the Xen ELF notes, the hypercall page, the
 * exception entry points of the PV trap table and the event/failsafe
 * callbacks. Forced member: reached only through ENTRY() and the notes.
 *
 * Xen (libxc) starts _xen_entry in 64-bit mode, ring 3 (PV kernel mode),
 * on a one-page boot stack, with %rsi = virtual address of start_info and
 * the image, start_info, the P2M list, the console and xenstore pages and
 * the boot page tables mapped from XEN_VIRT_BASE (xen_arch.h). libxc zeroes
 * .bss; we zero it again (another loader might not), but not the
 * hypercall page, which Xen has filled in by then: it sits in its own
 * NOLOAD section before __bss_start (ld/x86_64-xen.ld).
 */
#include <uk/arch/traps.h>
#include "xen.h"

#define BOOT_STACK_SIZE	65536		/* main() runs on it */

/* elfnote.h */
#define XEN_ELFNOTE_ENTRY		1
#define XEN_ELFNOTE_HYPERCALL_PAGE	2
#define XEN_ELFNOTE_VIRT_BASE		3
#define XEN_ELFNOTE_PADDR_OFFSET	4
#define XEN_ELFNOTE_XEN_VERSION		5
#define XEN_ELFNOTE_GUEST_OS		6
#define XEN_ELFNOTE_LOADER		8

/* One note: name "Xen", type, descriptor; all 4-byte aligned. */
.macro elfnote type, desc:vararg
	.balign 4
	.long 4, 2f - 1f, \type
	.asciz "Xen"
	.balign 4
1:	\desc
2:	.balign 4
.endm

	.section .note.Xen, "a", @note
	elfnote XEN_ELFNOTE_GUEST_OS, .asciz "uklink"
	elfnote XEN_ELFNOTE_XEN_VERSION, .asciz "xen-3.0"
	elfnote XEN_ELFNOTE_LOADER, .asciz "generic"
	elfnote XEN_ELFNOTE_VIRT_BASE, .quad XEN_VIRT_BASE
	/* p_paddr == p_vaddr in the image: no offset between them. */
	elfnote XEN_ELFNOTE_PADDR_OFFSET, .quad XEN_VIRT_BASE
	elfnote XEN_ELFNOTE_ENTRY, .quad _xen_entry
	elfnote XEN_ELFNOTE_HYPERCALL_PAGE, .quad _xen_hypercall_page
	/* No FEATURES note: plain 64-bit PV (read-only page tables,
	 * M2P/P2M translation done by the guest) needs none. */

	/* Filled in by Xen at domain build (XEN_DOMCTL_hypercall_init). */
	.section .xen.hypercall_page, "aw", @nobits
	.balign 4096
	.globl _xen_hypercall_page
_xen_hypercall_page:
	.skip 4096

	.section .bss
	.balign 4096
	/* memory.c unmaps it: a stack overflow faults (Xen then crashes
	 * the domain: it cannot write the exception frame). */
	.globl _xen_boot_stack_guard
_xen_boot_stack_guard:
	.skip 4096
_xen_boot_stack:
	.skip BOOT_STACK_SIZE
_xen_boot_stack_top:

	.section .rodata
	.balign 4
_xen_mxcsr_default:
	.long 0x1f80		/* all SIMD exceptions masked */

	.text
	.globl _xen_entry
	.type _xen_entry, @function
_xen_entry:
	cld
	movq %rsi, %r12			/* start_info, callee-saved */
	leaq __bss_start(%rip), %rdi
	leaq _end(%rip), %rcx
	subq %rdi, %rcx
	xorl %eax, %eax
	rep stosb
	leaq _xen_boot_stack_top(%rip), %rsp
	xorl %ebp, %ebp
	/* CR0.TS off (the FPU is ours), then x87/SSE defaults. Xen keeps
	 * CR4.OSFXSR set for PV guests; CR0/CR4 writes are not ours. */
	xorl %edi, %edi
	call _xen_hypercall_page + __HYPERVISOR_fpu_taskswitch * 32
	fninit
	ldmxcsr _xen_mxcsr_default(%rip)
	movq %r12, %rdi
	call _xen_start
1:	jmp 1b
	.size _xen_entry, . - _xen_entry

/*
 * Exceptions. Xen enters the handler of the trap table (setup.c) on the
 * current stack with [rcx][r11] above the hardware-style frame
 * ([error code] rip cs rflags rsp ss). Each stub (16 bytes apart) pops
 * rcx and r11, pushes a zero error code if the CPU gives none and the
 * vector, then builds a struct __regs (uk/arch/traps.h) and calls
 * _xen_trap, which does not return.
 */
#define ERRCODE_VECTORS	0x00027d00	/* 8, 10-14, 17 */
.macro TRAP_STUB v
	.balign 16
	popq %rcx
	popq %r11
	.if !((ERRCODE_VECTORS >> (\v)) & 1)
	pushq $0
	.endif
	pushq $(\v)
	jmp _xen_trap_common
.endm

	.balign 16
	.globl _xen_trap_stubs
	.type _xen_trap_stubs, @function
_xen_trap_stubs:
	.irp v, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19
	TRAP_STUB \v
	.endr
	.size _xen_trap_stubs, . - _xen_trap_stubs

	.type _xen_trap_common, @function
_xen_trap_common:
	UKARCH_PUSH_GPRS
	cld
	movq %rsp, %rdi
	andq $-16, %rsp
	call _xen_trap
1:	jmp 1b
	.size _xen_trap_common, . - _xen_trap_common

/*
 * Event callback. Upcalls are masked except inside SCHEDOP_block (time.c),
 * which unmasks them; the pending event then enters here right after the
 * hypercall, with [rcx][r11] above rip cs rflags rsp ss and upcalls
 * masked again by Xen. Nothing is handled here: clear IF in the saved
 * RFLAGS, so that HYPERVISOR_iret keeps upcalls masked, and return; the
 * waiting code looks at what it waits for. Only rcx and r11 are touched,
 * and HYPERVISOR_iret restores them.
 */
	.globl _xen_event_entry
	.type _xen_event_entry, @function
_xen_event_entry:
	andq $~0x200, 32(%rsp)		/* rflags.IF: upcall mask after iret */
	popq %rcx
	popq %r11
	pushq $0			/* iret flags: not in syscall */
	jmp _xen_hypercall_page + __HYPERVISOR_iret * 32
	.size _xen_event_entry, . - _xen_event_entry

/* Failsafe callback: Xen could not load a segment on return: crash. */
	.globl _xen_failsafe_entry
	.type _xen_failsafe_entry, @function
_xen_failsafe_entry:
	andq $-16, %rsp
	call _xen_failsafe
1:	jmp 1b
	.size _xen_failsafe_entry, . - _xen_failsafe_entry

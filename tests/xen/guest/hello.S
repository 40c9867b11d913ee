/*
 * hello: a minimal Xen PV guest (x86_64) that proves tests/xen/boot.sh.
 * It prints "Hello from PV" and "cmdline: <its command line>" on the PV
 * console ring, waits until the console daemon has read it all, then shuts
 * down with SHUTDOWN_poweroff. If a word of its command line is "crash" it
 * executes ud2 instead: with no trap table, Xen crashes the domain. With
 * the word "hang" it yields forever (to test the harness's timeout).
 *
 * Facts (layouts, numbers) from Xen's public headers (libxen-dev):
 * xen.h, sched.h, event_channel.h, elfnote.h, io/console.h,
 * arch-x86/xen-x86_64.h. Linked at virtual address 0 (VIRT_BASE 0,
 * PADDR_OFFSET 0), so pseudo-physical frame N is at virtual N << 12.
 * Hypercalls: call hypercall_page + nr * 32, args in rdi, rsi; they may
 * clobber rax, rcx, r11 and the argument registers, so state lives in
 * rbx, r12-r15.
 */

/* elfnote.h */
#define XEN_ELFNOTE_ENTRY          1
#define XEN_ELFNOTE_HYPERCALL_PAGE 2
#define XEN_ELFNOTE_VIRT_BASE      3
#define XEN_ELFNOTE_PADDR_OFFSET   4
#define XEN_ELFNOTE_XEN_VERSION    5
#define XEN_ELFNOTE_GUEST_OS       6
#define XEN_ELFNOTE_LOADER         8
/* xen.h: hypercall numbers, struct start_info offsets (x86_64) */
#define __HYPERVISOR_sched_op         29
#define __HYPERVISOR_event_channel_op 32
#define SI_CONSOLE_MFN    72	/* console.domU.mfn */
#define SI_CONSOLE_EVTCHN 80	/* console.domU.evtchn */
#define SI_CMD_LINE       128	/* cmd_line[1024] */
/* sched.h, event_channel.h */
#define SCHEDOP_yield      0
#define SCHEDOP_shutdown   2
#define SHUTDOWN_poweroff  0
#define EVTCHNOP_send      4
/* arch-x86/xen-x86_64.h: the read-only M2P table */
#define MACH2PHYS_VIRT_START 0xFFFF800000000000
/* io/console.h: struct xencons_interface */
#define CONS_OUT      1024	/* char out[2048] */
#define CONS_OUT_SIZE 2048
#define CONS_OUT_CONS 3080	/* XENCONS_RING_IDX (uint32_t) */
#define CONS_OUT_PROD 3084

#define HYPERCALL(nr) call hypercall_page + (nr) * 32

/* One Xen ELF note: name "Xen", type, then the descriptor. */
.macro elfnote type, desc:vararg
	.balign 4
	.long 4, 2f - 1f, \type
	.asciz "Xen"
	.balign 4
1:	\desc
2:	.balign 4
.endm

	.section .note.xen, "a", @note
	elfnote XEN_ELFNOTE_GUEST_OS, .asciz "uklink-xen-test"
	elfnote XEN_ELFNOTE_XEN_VERSION, .asciz "xen-3.0"
	elfnote XEN_ELFNOTE_LOADER, .asciz "generic"
	elfnote XEN_ELFNOTE_VIRT_BASE, .quad 0
	elfnote XEN_ELFNOTE_PADDR_OFFSET, .quad 0
	elfnote XEN_ELFNOTE_ENTRY, .quad _start
	elfnote XEN_ELFNOTE_HYPERCALL_PAGE, .quad hypercall_page

	.section .text.start, "ax"
	.globl _start
_start:
	lea stack_top(%rip), %rsp
	mov %rsi, %r12				/* start_info */
	/* The console ring: its machine frame, through the M2P, to our
	 * pseudo-physical frame, mapped at pfn << 12. */
	mov SI_CONSOLE_MFN(%r12), %rax
	movabs $MACH2PHYS_VIRT_START, %rcx
	mov (%rcx,%rax,8), %r13
	shl $12, %r13				/* r13: struct xencons_interface */
	mov SI_CONSOLE_EVTCHN(%r12), %r14d	/* r14: its event channel */

	lea msg_hello(%rip), %rdi
	call puts
	lea msg_cmdline(%rip), %rdi
	call puts
	lea SI_CMD_LINE(%r12), %rdi
	call puts
	mov $'\n', %edi
	call putc
	call flush

	lea SI_CMD_LINE(%r12), %rdi
	lea word_crash(%rip), %rsi
	call has_word
	test %eax, %eax
	jz 1f
	ud2
1:	lea SI_CMD_LINE(%r12), %rdi
	lea word_hang(%rip), %rsi
	call has_word
	test %eax, %eax
	jz 1f
2:	call yield
	jmp 2b
1:	movl $SHUTDOWN_poweroff, shutdown_reason(%rip)
	mov $SCHEDOP_shutdown, %edi
	lea shutdown_reason(%rip), %rsi
	HYPERCALL(__HYPERVISOR_sched_op)
	jmp 1b

	.text
/* puts(rdi: NUL-terminated string) */
puts:
	push %r15
	mov %rdi, %r15
1:	movzbl (%r15), %edi
	test %edi, %edi
	jz 2f
	call putc
	inc %r15
	jmp 1b
2:	pop %r15
	ret

/* putc(edi: byte): into out[], then publish out_prod. */
putc:
	push %rbx
	mov %edi, %ebx
1:	mov CONS_OUT_PROD(%r13), %eax
	sub CONS_OUT_CONS(%r13), %eax
	cmp $CONS_OUT_SIZE, %eax
	jb 2f
	call notify				/* ring full: let xenconsoled drain it */
	call yield
	jmp 1b
2:	mov CONS_OUT_PROD(%r13), %eax
	mov %eax, %ecx
	and $(CONS_OUT_SIZE - 1), %ecx
	mov %bl, CONS_OUT(%r13,%rcx)
	inc %eax
	/* x86 keeps stores in order: out[] is visible before out_prod. */
	mov %eax, CONS_OUT_PROD(%r13)
	pop %rbx
	ret

/* flush: notify, then yield until the daemon has consumed everything. */
flush:
	call notify
1:	mov CONS_OUT_CONS(%r13), %eax
	cmp CONS_OUT_PROD(%r13), %eax
	je 2f
	call yield
	jmp 1b
2:	ret

notify:
	mov %r14d, evtchn_send_port(%rip)
	mov $EVTCHNOP_send, %edi
	lea evtchn_send_port(%rip), %rsi
	HYPERCALL(__HYPERVISOR_event_channel_op)
	ret

yield:
	mov $SCHEDOP_yield, %edi
	xor %esi, %esi
	HYPERCALL(__HYPERVISOR_sched_op)
	ret

/* has_word(rdi: command line, rsi: word) -> eax: 1 if one of the
 * space-separated words of the command line is exactly the word. */
has_word:
	mov %rdi, %r8
	add $1024, %r8				/* MAX_GUEST_CMDLINE */
1:	cmp %r8, %rdi				/* skip spaces */
	jae 8f
	movzbl (%rdi), %eax
	test %eax, %eax
	jz 8f
	cmp $' ', %eax
	jne 2f
	inc %rdi
	jmp 1b
2:	xor %ecx, %ecx				/* compare the word */
3:	movzbl (%rsi,%rcx), %edx
	lea (%rdi,%rcx), %r9
	cmp %r8, %r9
	jae 8f
	movzbl (%r9), %eax
	test %edx, %edx
	jz 5f					/* word ended: so must this one */
	cmp %edx, %eax
	jne 6f
	inc %ecx
	jmp 3b
5:	test %eax, %eax
	jz 9f
	cmp $' ', %eax
	je 9f
6:	cmp %r8, %rdi				/* no match: skip to a space */
	jae 8f
	movzbl (%rdi), %eax
	test %eax, %eax
	jz 8f
	cmp $' ', %eax
	je 1b
	inc %rdi
	jmp 6b
8:	xor %eax, %eax
	ret
9:	mov $1, %eax
	ret

	.section .text.hypercall_page, "ax"
	.balign 4096
	.globl hypercall_page
hypercall_page:					/* Xen fills it in */
	.skip 4096

	.section .rodata
msg_hello:	.asciz "Hello from PV\n"
msg_cmdline:	.asciz "cmdline: "
word_crash:	.asciz "crash"
word_hang:	.asciz "hang"

	.bss
	.balign 16
shutdown_reason:	.long 0
evtchn_send_port:	.long 0
	.balign 16
stack:	.skip 8192
stack_top:

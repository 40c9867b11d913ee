/*
 * Interrupt entry on the interrupted stack, for vectors whose handler may
 * switch threads (the periodic tick): 16 stubs for vectors 32-47, 8 bytes
 * each, that ukarch_irq_onstack_set (irq.c) puts in the IDT.
 *
 * The gate still enters on IST2, because the CPU would otherwise push its
 * frame over the interrupted code's red zone; the common path below then
 * moves that frame to the interrupted stack, under its 128-byte red zone,
 * and continues with the ordinary trap path (traps.S). From there on the
 * IST stack is free again: a handler that switches to another thread
 * leaves its whole frame (GPRs, fxsave area) on the stack of the thread it
 * interrupted, and the next interrupt, in whatever thread, cannot
 * overwrite it.
 */
#include <uk/arch/traps.h>

	.text
	.balign 8
	.globl _x86_64_irq_onstack_stubs
	.type _x86_64_irq_onstack_stubs, @function
_x86_64_irq_onstack_stubs:
	.irp v, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47
	.balign 8
	pushq $\v
	jmp _x86_64_irq_onstack
	.endr
	.balign 8
	.size _x86_64_irq_onstack_stubs, . - _x86_64_irq_onstack_stubs

/* IST stack: [vector][rip][cs][rflags][rsp][ss] */
	.type _x86_64_irq_onstack, @function
_x86_64_irq_onstack:
	pushq %rax
	pushq %rbx
	/* [rbx][rax][vector][rip][cs][rflags][rsp][ss] at 0, 8, ... 56 */
	movq 48(%rsp), %rax
	subq $128, %rax
	andq $-16, %rax
	/* Below it: [vector][0][rip][cs][rflags][rsp][ss], what the trap
	 * path expects after an error-code stub. */
	movq 56(%rsp), %rbx
	movq %rbx, -8(%rax)
	movq 48(%rsp), %rbx
	movq %rbx, -16(%rax)
	movq 40(%rsp), %rbx
	movq %rbx, -24(%rax)
	movq 32(%rsp), %rbx
	movq %rbx, -32(%rax)
	movq 24(%rsp), %rbx
	movq %rbx, -40(%rax)
	movq $0, -48(%rax)
	movq 16(%rsp), %rbx
	movq %rbx, -56(%rax)
	subq $56, %rax
	popq %rbx
	xchgq %rax, (%rsp)	/* restores rax; leaves the new stack top */
	popq %rsp		/* rsp = the value popped */
	jmp _x86_64_trap_err
	.size _x86_64_irq_onstack, . - _x86_64_irq_onstack

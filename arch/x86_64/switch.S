/*
 * The thread switch and the first frame of a new thread (uk/arch/ctx.h).
 * Frame on the stack of a switched-out thread, from its saved sp up:
 *   [mxcsr:4 fcw:2 pad:2] r15 r14 r13 r12 rbx rbp rflags return-address
 */
	.text
	.globl ukarch_ctx_switch
	.type ukarch_ctx_switch, @function
ukarch_ctx_switch:
	pushfq
	pushq %rbp
	pushq %rbx
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	subq $8, %rsp
	stmxcsr (%rsp)
	fnstcw 4(%rsp)
	movq %rsp, (%rdi)
	movq (%rsi), %rsp
	ldmxcsr (%rsp)
	fldcw 4(%rsp)
	addq $8, %rsp
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbx
	popq %rbp
	popfq
	ret
	.size ukarch_ctx_switch, . - ukarch_ctx_switch

/* First return of a new context: entry in rbx, its argument in r12 (set
 * by ukarch_ctx_init); the stack is 16-byte aligned here, as a call
 * wants. entry never returns; if it did, ud2 makes that a crash. */
	.globl _x86_64_ctx_start
	.type _x86_64_ctx_start, @function
_x86_64_ctx_start:
	movq %r12, %rdi
	xorl %ebp, %ebp		/* ends frame-pointer backtraces */
	call *%rbx
	ud2
	.size _x86_64_ctx_start, . - _x86_64_ctx_start

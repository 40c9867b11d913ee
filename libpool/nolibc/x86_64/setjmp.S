/* setjmp/longjmp for x86_64 in glibc's jmp_buf layout (no pointer
 * mangling: only this code reads it). __sigsetjmp (sigsetjmp.S) saves
 * the signal mask too; longjmp restores it when the buffer says it was
 * saved, through a weak reference so that plain setjmp/longjmp do not
 * link the signal code. */
	.text

/* int setjmp(jmp_buf env), _setjmp: registers only, mask not saved. */
	.globl	setjmp, _setjmp, _nolibc_setjmp_regs
	.type	setjmp, @function
	.type	_setjmp, @function
setjmp:
_setjmp:
	movl	$0, 64(%rdi)		/* __mask_was_saved */
/* The registers alone (__sigsetjmp jumps here once the mask is saved). */
_nolibc_setjmp_regs:
	movq	%rbx, 0(%rdi)
	movq	%rbp, 8(%rdi)
	movq	%r12, 16(%rdi)
	movq	%r13, 24(%rdi)
	movq	%r14, 32(%rdi)
	movq	%r15, 40(%rdi)
	leaq	8(%rsp), %rdx
	movq	%rdx, 48(%rdi)
	movq	(%rsp), %rdx
	movq	%rdx, 56(%rdi)
	xorl	%eax, %eax
	ret
	.size	setjmp, . - setjmp
	.size	_setjmp, . - _setjmp

/* void longjmp(jmp_buf env, int val), _longjmp, siglongjmp */
	.globl	longjmp, _longjmp, siglongjmp
	.type	longjmp, @function
	.type	_longjmp, @function
	.type	siglongjmp, @function
	.weak	_nolibc_sigjmp_restore
longjmp:
_longjmp:
siglongjmp:
	cmpl	$0, 64(%rdi)
	je	1f
	movq	_nolibc_sigjmp_restore@GOTPCREL(%rip), %rax
	testq	%rax, %rax
	je	1f
	pushq	%rdi
	pushq	%rsi
	subq	$8, %rsp		/* keep the stack 16-byte aligned */
	call	*%rax
	addq	$8, %rsp
	popq	%rsi
	popq	%rdi
1:	movl	%esi, %eax
	testl	%eax, %eax
	jne	2f
	incl	%eax			/* longjmp(env, 0) returns 1 */
2:	movq	0(%rdi), %rbx
	movq	8(%rdi), %rbp
	movq	16(%rdi), %r12
	movq	24(%rdi), %r13
	movq	32(%rdi), %r14
	movq	40(%rdi), %r15
	movq	48(%rdi), %rsp
	jmpq	*56(%rdi)
	.size	longjmp, . - longjmp
	.size	_longjmp, . - _longjmp
	.size	siglongjmp, . - siglongjmp

	.section .note.GNU-stack, "", @progbits

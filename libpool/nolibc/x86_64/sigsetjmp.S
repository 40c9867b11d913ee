/* int __sigsetjmp(jmp_buf env, int savemask): glibc's sigsetjmp. The
 * registers as setjmp.S saves them, then the mask and the 0 return in C
 * (_nolibc_sigjmp_save, signal/sigjmp.c, reached by a tail jump). Its
 * own member, so that plain setjmp does not link the signal code. */
	.text
	.globl	__sigsetjmp
	.type	__sigsetjmp, @function
__sigsetjmp:
	movq	%rbx, 0(%rdi)
	movq	%rbp, 8(%rdi)
	movq	%r12, 16(%rdi)
	movq	%r13, 24(%rdi)
	movq	%r14, 32(%rdi)
	movq	%r15, 40(%rdi)
	leaq	8(%rsp), %rdx		/* the caller's rsp after we return */
	movq	%rdx, 48(%rdi)
	movq	(%rsp), %rdx		/* the caller's return address */
	movq	%rdx, 56(%rdi)
	jmp	_nolibc_sigjmp_save
	.size	__sigsetjmp, . - __sigsetjmp

	.section .note.GNU-stack, "", @progbits

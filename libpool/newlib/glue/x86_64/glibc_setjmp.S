/* glibc's setjmp entry points, for objects compiled against glibc's
 * headers (setjmp() is _setjmp there, sigsetjmp() __sigsetjmp). glibc's
 * jmp_buf (200 bytes) holds newlib's 8 registers (its setjmp.S) at 0,
 * __mask_was_saved at 64 and the saved signal mask at 72, which
 * glibc_siglongjmp.c restores. Both end in a jump, not a call, to newlib's
 * setjmp, which then saves the caller's registers and return address. */
	.text

	.globl	_setjmp
	.type	_setjmp, @function
_setjmp:
	movl	$0, 64(%rdi)
	jmp	setjmp
	.size	_setjmp, . - _setjmp

/* int __sigsetjmp(jmp_buf env, int savemask) */
	.globl	__sigsetjmp
	.type	__sigsetjmp, @function
__sigsetjmp:
	movl	%esi, 64(%rdi)
	testl	%esi, %esi
	jz	1f
	/* sigprocmask(SIG_BLOCK, 0, &mask); the push aligns the stack */
	pushq	%rdi
	leaq	72(%rdi), %rdx
	xorl	%esi, %esi
	xorl	%edi, %edi
	call	sigprocmask
	popq	%rdi
1:	jmp	setjmp
	.size	__sigsetjmp, . - __sigsetjmp

	.section .note.GNU-stack, "", @progbits

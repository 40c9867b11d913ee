/* glibc's setjmp entry points, for objects compiled against glibc's
 * headers (setjmp() is _setjmp there, sigsetjmp() __sigsetjmp). glibc's
 * aarch64 jmp_buf (312 bytes) holds newlib's registers (its setjmp.S:
 * x19-x30, sp, d8-d15: 176 bytes) at 0, __mask_was_saved at 176 and the
 * saved signal mask at 184, which glibc_siglongjmp.c restores
 * (glibc_jmp_buf.h). Both end in a branch, not a call, to newlib's
 * setjmp, which then saves the caller's registers and return address. */
	.text

	.globl	_setjmp
	.type	_setjmp, @function
_setjmp:
	str	wzr, [x0, #176]
	b	setjmp
	.size	_setjmp, . - _setjmp

/* int __sigsetjmp(jmp_buf env, int savemask) */
	.globl	__sigsetjmp
	.type	__sigsetjmp, @function
__sigsetjmp:
	str	w1, [x0, #176]
	cbz	w1, 1f
	stp	x29, x30, [sp, #-32]!
	mov	x29, sp
	str	x0, [sp, #16]
	add	x2, x0, #184		/* sigprocmask(SIG_BLOCK, NULL, &mask) */
	mov	x1, #0
	mov	w0, #0
	bl	sigprocmask
	ldr	x0, [sp, #16]
	ldp	x29, x30, [sp], #32
1:	b	setjmp
	.size	__sigsetjmp, . - __sigsetjmp

	.section .note.GNU-stack, "", @progbits

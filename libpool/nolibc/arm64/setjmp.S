/* setjmp/longjmp for arm64 in glibc's jmp_buf layout (no pointer
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
	str	wzr, [x0, #176]		/* __mask_was_saved */
/* The registers alone (__sigsetjmp branches here once the mask is
 * saved): the callee-saved ones, the return address and sp. */
_nolibc_setjmp_regs:
	stp	x19, x20, [x0, #0]
	stp	x21, x22, [x0, #16]
	stp	x23, x24, [x0, #32]
	stp	x25, x26, [x0, #48]
	stp	x27, x28, [x0, #64]
	stp	x29, x30, [x0, #80]
	mov	x2, sp
	str	x2, [x0, #104]
	stp	d8, d9, [x0, #112]
	stp	d10, d11, [x0, #128]
	stp	d12, d13, [x0, #144]
	stp	d14, d15, [x0, #160]
	mov	w0, #0
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
	ldr	w2, [x0, #176]
	cbz	w2, 1f
	adrp	x2, :got:_nolibc_sigjmp_restore
	ldr	x2, [x2, :got_lo12:_nolibc_sigjmp_restore]
	cbz	x2, 1f
	stp	x0, x1, [sp, #-16]!	/* x30 is reloaded from env below */
	blr	x2
	ldp	x0, x1, [sp], #16
1:	ldp	x19, x20, [x0, #0]
	ldp	x21, x22, [x0, #16]
	ldp	x23, x24, [x0, #32]
	ldp	x25, x26, [x0, #48]
	ldp	x27, x28, [x0, #64]
	ldp	x29, x30, [x0, #80]
	ldr	x2, [x0, #104]
	mov	sp, x2
	ldp	d8, d9, [x0, #112]
	ldp	d10, d11, [x0, #128]
	ldp	d12, d13, [x0, #144]
	ldp	d14, d15, [x0, #160]
	cmp	w1, #0
	csinc	w0, w1, wzr, ne		/* longjmp(env, 0) returns 1 */
	ret
	.size	longjmp, . - longjmp
	.size	_longjmp, . - _longjmp
	.size	siglongjmp, . - siglongjmp

	.section .note.GNU-stack, "", @progbits

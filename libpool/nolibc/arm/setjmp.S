/* setjmp/longjmp for ARMv7-A (hard float) in glibc's armhf jmp_buf (no
 * pointer mangling: only this code reads it). __sigsetjmp (sigsetjmp.S)
 * saves the signal mask too; longjmp restores it when the buffer says
 * it was saved, through a weak reference so that plain setjmp/longjmp
 * do not link the signal code. ARM state; callers in Thumb state
 * interwork through bx. */
	.syntax	unified
	.arm
	.fpu	vfpv3-d16
	.text

/* int setjmp(jmp_buf env), _setjmp: registers only, mask not saved. */
	.globl	setjmp, _setjmp, _nolibc_setjmp_regs
	.type	setjmp, %function
	.type	_setjmp, %function
	.type	_nolibc_setjmp_regs, %function
setjmp:
_setjmp:
	mov	r1, #0
	str	r1, [r0, #256]		/* __mask_was_saved */
/* The registers alone (__sigsetjmp branches here once the mask is
 * saved): the callee-saved core and VFP registers, sp and lr. */
_nolibc_setjmp_regs:
	stm	r0, {r4-r11}
	str	sp, [r0, #32]
	str	lr, [r0, #36]
	add	r1, r0, #48
	vstm	r1, {d8-d15}
	mov	r0, #0
	bx	lr
	.size	setjmp, . - setjmp
	.size	_setjmp, . - _setjmp

/* void longjmp(jmp_buf env, int val), _longjmp, siglongjmp */
	.globl	longjmp, _longjmp, siglongjmp
	.type	longjmp, %function
	.type	_longjmp, %function
	.type	siglongjmp, %function
	.weak	_nolibc_sigjmp_restore
longjmp:
_longjmp:
siglongjmp:
	mov	r4, r0			/* callee-saved: reloaded from env below */
	mov	r5, r1
	ldr	r2, [r4, #256]
	cmp	r2, #0
	beq	1f
	movw	r3, #:lower16:_nolibc_sigjmp_restore
	movt	r3, #:upper16:_nolibc_sigjmp_restore
	cmp	r3, #0
	blxne	r3
1:	mov	r0, r5
	cmp	r0, #0
	moveq	r0, #1			/* longjmp(env, 0) returns 1 */
	add	r1, r4, #48
	vldm	r1, {d8-d15}
	ldr	sp, [r4, #32]
	ldr	lr, [r4, #36]
	ldm	r4, {r4-r11}
	bx	lr
	.size	longjmp, . - longjmp
	.size	_longjmp, . - _longjmp
	.size	siglongjmp, . - siglongjmp

	.section .note.GNU-stack, "", %progbits

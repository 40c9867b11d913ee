/* int __sigsetjmp(jmp_buf env, int savemask): glibc's sigsetjmp. The
 * mask and its flag first (_nolibc_sigjmp_save, signal/sigjmp.c, C: it
 * keeps the callee-saved registers), then the registers as setjmp.S
 * saves them (a branch with our caller's lr and sp back in place, so
 * our caller's frame is what is saved). Its own member, so that plain
 * setjmp does not link the signal code. */
	.syntax	unified
	.arm
	.text
	.globl	__sigsetjmp
	.type	__sigsetjmp, %function
__sigsetjmp:
	push	{r0, lr}		/* keeps sp 8-byte aligned for the call */
	bl	_nolibc_sigjmp_save
	pop	{r0, lr}
	b	_nolibc_setjmp_regs
	.size	__sigsetjmp, . - __sigsetjmp

	.section .note.GNU-stack, "", %progbits

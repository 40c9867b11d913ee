/* int __sigsetjmp(jmp_buf env, int savemask): glibc's sigsetjmp. The
 * mask and its flag first (_nolibc_sigjmp_save, signal/sigjmp.c, C: it
 * keeps the callee-saved registers), then the registers as setjmp.S
 * saves them (a tail jump, so our caller's frame is what is saved). Its
 * own member, so that plain setjmp does not link the signal code. */
	.text
	.globl	__sigsetjmp
	.type	__sigsetjmp, @function
__sigsetjmp:
	pushq	%rdi			/* also aligns rsp to 16 for the call */
	call	_nolibc_sigjmp_save
	popq	%rdi
	jmp	_nolibc_setjmp_regs
	.size	__sigsetjmp, . - __sigsetjmp

	.section .note.GNU-stack, "", @progbits

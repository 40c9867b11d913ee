/*
 * The thread switch and the first frame of a new thread (uk/arch/ctx.h).
 * Frame on the stack of a switched-out thread, from its saved sp up:
 *   x19 x20 ... x28 x29 x30  d8 ... d15  fpcr daif
 * DAIF is saved and restored only at EL1 (_arm64_ctx_daif, set by
 * ukarch_traps_init): EL0 cannot read it.
 */
#include <uk/arch/ctx.h>

	.text
	.globl ukarch_ctx_switch
	.type ukarch_ctx_switch, @function
ukarch_ctx_switch:
	sub sp, sp, #UKARCH_CTX_FRAME
	stp x19, x20, [sp, #0]
	stp x21, x22, [sp, #16]
	stp x23, x24, [sp, #32]
	stp x25, x26, [sp, #48]
	stp x27, x28, [sp, #64]
	stp x29, x30, [sp, #80]
	stp d8, d9, [sp, #96]
	stp d10, d11, [sp, #112]
	stp d12, d13, [sp, #128]
	stp d14, d15, [sp, #144]
	mrs x9, fpcr
	adrp x11, _arm64_ctx_daif
	ldrb w11, [x11, :lo12:_arm64_ctx_daif]
	mov x10, #0
	cbz w11, 1f
	mrs x10, daif
1:	stp x9, x10, [sp, #160]
	mov x9, sp
	str x9, [x0]
	ldr x9, [x1]
	mov sp, x9
	ldp x9, x10, [sp, #160]
	msr fpcr, x9
	cbz w11, 2f
	msr daif, x10
2:	ldp x19, x20, [sp, #0]
	ldp x21, x22, [sp, #16]
	ldp x23, x24, [sp, #32]
	ldp x25, x26, [sp, #48]
	ldp x27, x28, [sp, #64]
	ldp x29, x30, [sp, #80]
	ldp d8, d9, [sp, #96]
	ldp d10, d11, [sp, #112]
	ldp d12, d13, [sp, #128]
	ldp d14, d15, [sp, #144]
	add sp, sp, #UKARCH_CTX_FRAME
	ret
	.size ukarch_ctx_switch, . - ukarch_ctx_switch

/* First return of a new context: entry in x19, its argument in x20 (set
 * by ukarch_ctx_init); the stack is 16-byte aligned. x29 = 0 ends
 * frame-record backtraces. entry never returns; if it did, brk makes
 * that a crash. */
	.globl _arm64_ctx_start
	.type _arm64_ctx_start, @function
_arm64_ctx_start:
	mov x0, x20
	mov x29, #0
	mov x30, #0
	blr x19
	brk #1
	.size _arm64_ctx_start, . - _arm64_ctx_start

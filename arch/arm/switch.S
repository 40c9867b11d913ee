/*
 * The thread switch and the first frame of a new thread (uk/arch/ctx.h),
 * in ARM state (callers may be Thumb: bl/blx interwork, bx lr returns).
 * Frame on the stack of a switched-out thread, from its saved sp up
 * (UKARCH_CTX_FRAME = 112 bytes, so a new thread's sp ends 16-aligned):
 *   fpscr pad  d8 ... d15  r4 ... r12 lr
 * r12 (ip) is scratch in the AAPCS; it is in the frame only so that the
 * frame's size is a multiple of 16.
 */
#include <uk/arch/ctx.h>

	.syntax unified
	.arm
	.fpu vfpv3-d16
	.text
	.globl ukarch_ctx_switch
	.type ukarch_ctx_switch, %function
ukarch_ctx_switch:
	push	{r4-r12, lr}
	vpush	{d8-d15}
	vmrs	r2, fpscr
	push	{r2, r3}
	str	sp, [r0]
	ldr	sp, [r1]
	pop	{r2, r3}
	vmsr	fpscr, r2
	vpop	{d8-d15}
	pop	{r4-r12, lr}
	bx	lr
	.size ukarch_ctx_switch, . - ukarch_ctx_switch

/* First return of a new context: entry in r4, its argument in r5 (set by
 * ukarch_ctx_init). fp = lr = 0 end backtraces. entry never returns; if
 * it did, udf makes that a crash. */
	.globl _arm_ctx_start
	.type _arm_ctx_start, %function
_arm_ctx_start:
	mov	r0, r5
	mov	r11, #0
	mov	lr, #0
	blx	r4
	udf	#0
	.size _arm_ctx_start, . - _arm_ctx_start

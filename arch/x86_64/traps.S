/*
 * Trap entry: 256 stubs of 8 bytes (vector v at _x86_64_trap_stubs + 8*v,
 * which desc.c puts in the IDT) and the common path that builds a
 * struct __regs, saves the x87/SSE state and calls _x86_64_trap_dispatch.
 * Layout and stack rules: uk/arch/traps.h.
 */
#include <uk/arch/traps.h>

/* Exceptions for which the CPU pushes an error code: #DF (8), #TS, #NP,
 * #SS, #GP, #PF (10-14), #AC (17), #CP (21), #VC (29), #SX (30). */
#define ERRCODE_VECTORS	0x60227d00

/* One stub: push the vector (as a sign-extended imm8, so that every stub
 * fits 8 bytes; the common path masks it back to 0-255), then go to the
 * path that matches whether the CPU pushed an error code. */
.macro TRAP_STUB v
	.balign 8
	.if (\v) < 128
	pushq $(\v)
	.else
	pushq $((\v) - 256)
	.endif
	.if (\v) < 32
	.if (ERRCODE_VECTORS >> (\v)) & 1
	jmp _x86_64_trap_err
	.else
	jmp _x86_64_trap_noerr
	.endif
	.else
	jmp _x86_64_trap_noerr
	.endif
.endm

	.text
	.balign 8
	.globl _x86_64_trap_stubs
	.type _x86_64_trap_stubs, @function
_x86_64_trap_stubs:
	.irp hi, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
	.irp lo, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
	TRAP_STUB (\hi * 16 + \lo)
	.endr
	.endr
	.size _x86_64_trap_stubs, . - _x86_64_trap_stubs

/* No error code from the CPU: [vector][rip].. becomes [vector][0][rip].. */
	.type _x86_64_trap_noerr, @function
_x86_64_trap_noerr:
	pushq (%rsp)
	movq $0, 8(%rsp)
	/* fall through */

/* [vector][error][rip][cs][rflags][rsp][ss] */
	.globl _x86_64_trap_err		/* also irq.S */
	.type _x86_64_trap_err, @function
_x86_64_trap_err:
	UKARCH_PUSH_GPRS
	andq $0xff, __REGS_OFF_VECTOR(%rsp)
	cld				/* the C ABI wants DF clear */
	movq %rsp, %rbx			/* struct __regs *, callee-saved */
	subq $512, %rsp			/* fxsave area, 16-byte aligned; */
	andq $-16, %rsp			/* also aligns the call below */
	fxsave64 (%rsp)
	movq %rbx, %rdi
	call _x86_64_trap_dispatch
	fxrstor64 (%rsp)
	movq %rbx, %rsp
	UKARCH_POP_GPRS
	addq $16, %rsp			/* vector, error code */
	iretq
	.size _x86_64_trap_err, . - _x86_64_trap_err
	.size _x86_64_trap_noerr, . - _x86_64_trap_noerr

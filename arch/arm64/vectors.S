/*
 * The exception vector table (VBAR_EL1, 2 KiB aligned, 16 entries of 128
 * bytes) and, in its last four entries, the common path that builds a
 * struct __regs and the FP/SIMD state above it, calls
 * _arm64_trap_dispatch, restores both with everything masked and
 * erets.
 * Which stack each entry uses: uk/arch/traps.h.
 */
#include <uk/arch/traps.h>

/* An entry that stays on the stack it entered on (SP_EL1): the
 * interrupted sp is SP_EL0 when the exception came from a thread or a
 * lower EL (\from_el1t), else the sp before the frame. */
.macro ENTRY_OWNSTACK v, from_el1t
	.org (\v) * 128
	sub sp, sp, #UKARCH_TRAP_FRAME
	stp x0, x1, [sp]
	.if \from_el1t
	mrs x1, sp_el0
	.else
	add x1, sp, #UKARCH_TRAP_FRAME
	.endif
	mov x0, #(\v)
	b _arm64_trap_save
.endm

/* An entry that moves to the interrupted thread's stack (SP_EL0): IRQs
 * and FIQs from threads, whose handlers may switch threads. */
.macro ENTRY_ONSTACK v
	.org (\v) * 128
	msr spsel, #0
	sub sp, sp, #UKARCH_TRAP_FRAME
	stp x0, x1, [sp]
	add x1, sp, #UKARCH_TRAP_FRAME
	mov x0, #(\v)
	b _arm64_trap_save
.endm

	/* Its own section, placed on a 2 KiB boundary by the linker
	 * scripts (first in .text on kvm, ld/common/text.ld; aligned in
	 * .text on xen), which check it. The entries are placed with .org
	 * (offsets in the section), not .balign: the section asks for no
	 * alignment, so that the file need not be padded before it
	 * (ld/arm64-kvm.ld). */
	.section .text.vectors, "ax", %progbits
	.globl _arm64_vectors
	.type _arm64_vectors, @function
_arm64_vectors:
	/* Current EL with SP_EL0: threads. */
	ENTRY_OWNSTACK 0, 1
	ENTRY_ONSTACK 1
	ENTRY_ONSTACK 2
	ENTRY_OWNSTACK 3, 1
	/* Current EL with SP_EL1: a fault in a handler or before the
	 * platform switched to SP_EL0. */
	ENTRY_OWNSTACK 4, 0
	ENTRY_OWNSTACK 5, 0
	ENTRY_OWNSTACK 6, 0
	ENTRY_OWNSTACK 7, 0
	/* Lower EL using AArch64 (nothing runs there): reported as
	 * crashes. */
	ENTRY_OWNSTACK 8, 1
	ENTRY_OWNSTACK 9, 1
	ENTRY_OWNSTACK 10, 1
	ENTRY_OWNSTACK 11, 1
	/* Lower EL using AArch32 (entries 12-15) cannot be taken: EL0 is
	 * never entered, and nothing here is AArch32. Their 512 bytes hold
	 * the common path instead of padding (the image is 356 bytes
	 * smaller; were it to outgrow them, it would only run on past
	 * the table's end). */
	.org 12 * 128

/* x0: vector, x1: the interrupted sp; x0 and x1 themselves are saved at
 * [sp]. */
	.type _arm64_trap_save, @function
_arm64_trap_save:
	stp x2, x3, [sp, #16]
	stp x4, x5, [sp, #32]
	stp x6, x7, [sp, #48]
	stp x8, x9, [sp, #64]
	stp x10, x11, [sp, #80]
	stp x12, x13, [sp, #96]
	stp x14, x15, [sp, #112]
	stp x16, x17, [sp, #128]
	stp x18, x19, [sp, #144]
	stp x20, x21, [sp, #160]
	stp x22, x23, [sp, #176]
	stp x24, x25, [sp, #192]
	stp x26, x27, [sp, #208]
	stp x28, x29, [sp, #224]
	mrs x2, elr_el1
	stp x30, x1, [sp, #240]			/* x30, sp */
	mrs x3, spsr_el1
	stp x2, x3, [sp, #__REGS_OFF_PC]	/* pc, pstate */
	mrs x2, esr_el1
	mrs x3, far_el1
	stp x2, x3, [sp, #__REGS_OFF_ESR]	/* esr, far */
	str x0, [sp, #__REGS_OFF_VECTOR]
	add x2, sp, #__REGS_SIZE
	mrs x3, fpsr
	mrs x4, fpcr
	stp x3, x4, [x2], #16
	stp q0, q1, [x2], #32
	stp q2, q3, [x2], #32
	stp q4, q5, [x2], #32
	stp q6, q7, [x2], #32
	stp q8, q9, [x2], #32
	stp q10, q11, [x2], #32
	stp q12, q13, [x2], #32
	stp q14, q15, [x2], #32
	stp q16, q17, [x2], #32
	stp q18, q19, [x2], #32
	stp q20, q21, [x2], #32
	stp q22, q23, [x2], #32
	stp q24, q25, [x2], #32
	stp q26, q27, [x2], #32
	stp q28, q29, [x2], #32
	stp q30, q31, [x2]
	mov x0, sp
	/* A frame record for backtraces through the handler: the
	 * interrupted code's fp and pc. */
	ldr x2, [sp, #__REGS_OFF_PC]
	stp x29, x2, [sp, #-16]!
	mov x29, sp
	bl _arm64_trap_dispatch
	/* Mask everything again, as the exception entry did: a handler
	 * may have unmasked IRQs (the tick runs its function with IRQs
	 * enabled, uk/plat/time.h), and an IRQ taken from here on would
	 * overwrite ELR_EL1 and SPSR_EL1 once they hold the values eret
	 * needs (it resumed this path with its own ELR: the eret below then
	 * returned into this path with sp past the frame). eret restores
	 * the interrupted DAIF from SPSR. */
	msr daifset, #0xf
	add sp, sp, #16
	add x2, sp, #__REGS_SIZE
	ldp x3, x4, [x2], #16
	msr fpsr, x3
	msr fpcr, x4
	ldp q0, q1, [x2], #32
	ldp q2, q3, [x2], #32
	ldp q4, q5, [x2], #32
	ldp q6, q7, [x2], #32
	ldp q8, q9, [x2], #32
	ldp q10, q11, [x2], #32
	ldp q12, q13, [x2], #32
	ldp q14, q15, [x2], #32
	ldp q16, q17, [x2], #32
	ldp q18, q19, [x2], #32
	ldp q20, q21, [x2], #32
	ldp q22, q23, [x2], #32
	ldp q24, q25, [x2], #32
	ldp q26, q27, [x2], #32
	ldp q28, q29, [x2], #32
	ldp q30, q31, [x2]
	ldp x2, x3, [sp, #__REGS_OFF_PC]
	msr elr_el1, x2
	msr spsr_el1, x3
	ldp x2, x3, [sp, #16]
	ldp x4, x5, [sp, #32]
	ldp x6, x7, [sp, #48]
	ldp x8, x9, [sp, #64]
	ldp x10, x11, [sp, #80]
	ldp x12, x13, [sp, #96]
	ldp x14, x15, [sp, #112]
	ldp x16, x17, [sp, #128]
	ldp x18, x19, [sp, #144]
	ldp x20, x21, [sp, #160]
	ldp x22, x23, [sp, #176]
	ldp x24, x25, [sp, #192]
	ldp x26, x27, [sp, #208]
	ldp x28, x29, [sp, #224]
	ldr x30, [sp, #240]
	ldp x0, x1, [sp]
	add sp, sp, #UKARCH_TRAP_FRAME
	eret
	.size _arm64_trap_save, . - _arm64_trap_save
	.size _arm64_vectors, . - _arm64_vectors

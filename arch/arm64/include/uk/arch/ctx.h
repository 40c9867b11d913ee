/*
 * arm64 execution contexts: what a thread switch saves, where a new
 * thread starts, and the thread pointer. Contract for the schedulers
 * (libpool/uksched), as arch/x86_64's.
 *
 * ukarch_ctx_switch() is an ordinary function call, so it saves only what
 * AAPCS64 says survives a call: x19-x28, the frame pointer x29, the link
 * register x30, sp, the low halves of v8-v15 (d8-d15) and FPCR (rounding
 * and trap control), plus, on a platform that runs at EL1 (kvm, xen), the
 * interrupt mask DAIF: a thread switched away inside the tick handler
 * resumes there with IRQs masked, one that yielded resumes with them
 * unmasked. At EL0 (linuxu) DAIF cannot be read; signals stand for
 * interrupts there and the switch leaves the mask alone
 * (ukarch_traps_init(), which only EL1 platforms call, turns DAIF saving
 * on). Code that is interrupted and then switched away has had its whole
 * state (every GPR, v0-v31, FPSR/FPCR) saved on its own stack by the
 * exception entry before the switch (uk/arch/traps.h), so one switch
 * serves both cases, as on x86_64.
 */
#ifndef UK_ARCH_CTX_H
#define UK_ARCH_CTX_H

/* Minimum stack alignment and the bytes ukarch_ctx_init() uses at the top
 * (switch.S's frame: x19-x30, d8-d15, FPCR, DAIF). */
#define UKARCH_STACK_ALIGN	16
#define UKARCH_CTX_FRAME	176

#ifndef __ASSEMBLY__
#ifdef __cplusplus
extern "C" {
#endif

struct ukarch_ctx {
	unsigned long sp;	/* saved stack pointer: the frame is on it */
};

/* Prepares @ctx so that the first switch to it calls entry(arg) on the
 * stack ending at @stack_top (16-byte aligned). entry must not return. The
 * new context inherits the caller's interrupt mask (EL1 platforms). */
void ukarch_ctx_init(struct ukarch_ctx *ctx, void *stack_top,
		     void (*entry)(void *arg), void *arg);

/* Saves the running context in @prev and resumes @next; returns when
 * something switches back to @prev. */
void ukarch_ctx_switch(struct ukarch_ctx *prev, struct ukarch_ctx *next);

/* The thread pointer: TPIDR_EL0 (readable and writable at EL0 too). */
static inline unsigned long ukarch_tlsp_get(void)
{
	unsigned long tp;

	__asm__ __volatile__("mrs %0, tpidr_el0" : "=r"(tp));
	return tp;
}

/* TLS variant I (uk/arch/tls_variant1.h): a 16-byte TCB (AArch64 ABI). */
#define UKARCH_TCB_ALIGN	16
#include <uk/arch/tls_variant1.h>

#ifdef __cplusplus
}
#endif
#endif /* !__ASSEMBLY__ */

#endif /* UK_ARCH_CTX_H */

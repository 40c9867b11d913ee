/*
 * arm (ARMv7-A, hard-float EABI) execution contexts: what a thread switch
 * saves, where a new thread starts, and the thread pointer. Contract for
 * the schedulers (libpool/uksched), as arch/x86_64's and arch/arm64's.
 *
 * ukarch_ctx_switch() is an ordinary function call, so it saves only what
 * the AAPCS says survives a call: r4-r11, sp, lr, the VFP registers
 * d8-d15 and FPSCR (rounding and trap control). The only platform of this
 * architecture is linuxu, where signals stand for interrupts: a thread
 * switched away in a signal handler has its whole state in the kernel's
 * signal frame on its own stack, so one switch serves both cases.
 */
#ifndef UK_ARCH_CTX_H
#define UK_ARCH_CTX_H

/* Minimum stack alignment (AAPCS: 8 at public interfaces; 16 here, as on
 * the other architectures) and the bytes ukarch_ctx_init() uses at the
 * top (switch.S's frame: FPSCR + pad, d8-d15, r4-r12, lr). */
#define UKARCH_STACK_ALIGN	16
#define UKARCH_CTX_FRAME	112

#ifndef __ASSEMBLY__
#ifdef __cplusplus
extern "C" {
#endif

struct ukarch_ctx {
	unsigned long sp;	/* saved stack pointer: the frame is on it */
};

/* Prepares @ctx so that the first switch to it calls entry(arg) on the
 * stack ending at @stack_top (16-byte aligned). entry must not return. */
void ukarch_ctx_init(struct ukarch_ctx *ctx, void *stack_top,
		     void (*entry)(void *arg), void *arg);

/* Saves the running context in @prev and resumes @next; returns when
 * something switches back to @prev. */
void ukarch_ctx_switch(struct ukarch_ctx *prev, struct ukarch_ctx *next);

/* The thread pointer: TPIDRURO (CP15 c13, read-only at PL0; the kernel
 * writes it on the platform's request, uk/plat/tls.h). */
static inline unsigned long ukarch_tlsp_get(void)
{
	unsigned long tp;

	__asm__ __volatile__("mrc p15, 0, %0, c13, c0, 3" : "=r"(tp));
	return tp;
}

/* TLS variant I (uk/arch/tls_variant1.h): an 8-byte TCB (ARM EABI;
 * ld/arm-linuxu.ld). */
#define UKARCH_TCB_ALIGN	8
#include <uk/arch/tls_variant1.h>

#ifdef __cplusplus
}
#endif
#endif /* !__ASSEMBLY__ */

#endif /* UK_ARCH_CTX_H */

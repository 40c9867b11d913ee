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

/*
 * The AArch64 TLS ABI (variant I): the thread pointer points to a 16-byte
 * thread control block (word 0: the DTV pointer, which static images
 * never read, here the TCB itself; word 1 reserved), and the TLS block
 * follows it, at tp + 16 rounded up to the TLS segment's alignment: the
 * linker's TPREL offsets. The stack-protector canary is not in the TCB
 * on arm64: compilers read the global __stack_chk_guard (the arch
 * library's stack_guard.c), which threads share.
 */
#define UKARCH_TCB_SELF		0	/* word 0 points to the TCB itself */
#define UKARCH_TCB_SPARE	1	/* a word that no ABI reads */
#define UKARCH_TCB_WORDS	2
#define UKARCH_TCB_ALIGN	16
#define UKARCH_TLS_VARIANT	1	/* the block lies above the TCB */

/* The TLS segment's alignment, from the template's TLS lines (weak: 0 in
 * images without thread-local variables). */
extern const char __uk_tls_align[] __attribute__((weak));

/* Where the TLS block starts, from the thread pointer. */
static inline unsigned long ukarch_tls_offset(void)
{
	unsigned long a = (unsigned long)__uk_tls_align;

	return a > 16 ? a : 16;
}

/* Bytes a TLS block of @size bytes and its TCB take. */
#define UKARCH_TLS_AREA(size) \
	(ukarch_tls_offset() + (((size) + 15UL) & ~15UL))

/* Builds a TCB and a TLS block in @area (UKARCH_TLS_AREA(@size) bytes,
 * aligned to 64 and to the TLS alignment): the first @tdata bytes of the
 * block from @image (.tdata), the rest up to @size zeroed (.tbss).
 * Returns the thread pointer; the caller installs it. */
static inline unsigned long ukarch_tls_fill(void *area, const void *image,
					    unsigned long tdata,
					    unsigned long size)
{
	unsigned long *tcb = (unsigned long *)area;
	char *block = (char *)area + ukarch_tls_offset();

	/* Images without thread-local variables: @image may be a weak
	 * symbol that reads as 0, and there is no block. */
	if (size) {
		__builtin_memcpy(block, image, tdata);
		__builtin_memset(block + tdata, 0, size - tdata);
	}
	tcb[0] = (unsigned long)tcb;
	tcb[1] = 0;
	return (unsigned long)tcb;
}

extern unsigned long __stack_chk_guard __attribute__((weak));

/* The stack-protector canary that code compiled with -fstack-protector
 * checks (the global guard; 0 in images whose code reads none). */
static inline unsigned long ukarch_stack_canary(void)
{
	return &__stack_chk_guard ? __stack_chk_guard : 0;
}

/* Makes @tcb (UKARCH_TCB_WORDS words, aligned to UKARCH_TCB_ALIGN) a
 * thread control block, and @canary the stack-protector canary: on arm64
 * the global guard (if the image has one: only code built with
 * -fstack-protector references it), set once, at boot, before any such
 * code runs. Returns the thread pointer to install (ukplat_tlsp_set). */
static inline unsigned long ukarch_tcb_init(unsigned long *tcb,
					    unsigned long canary)
{
	if (&__stack_chk_guard)
		__stack_chk_guard = canary;
	tcb[0] = (unsigned long)tcb;
	tcb[1] = 0;
	return (unsigned long)tcb;
}

#ifdef __cplusplus
}
#endif
#endif /* !__ASSEMBLY__ */

#endif /* UK_ARCH_CTX_H */

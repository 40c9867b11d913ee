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

/*
 * The ARM TLS ABI (variant I): the thread pointer points to an 8-byte
 * thread control block (word 0: the DTV pointer, which static images
 * never read, here the TCB itself; word 1 reserved), and the TLS block
 * follows it, at tp + 8 rounded up to the TLS segment's alignment (the
 * linker's TPOFF offsets; ld/arm-linuxu.ld). The stack-protector canary
 * is not in the TCB on ARM: compilers read the global __stack_chk_guard
 * (stack_guard.c), which threads share.
 */
#define UKARCH_TCB_SELF		0	/* word 0 points to the TCB itself */
#define UKARCH_TCB_SPARE	1	/* a word that no ABI reads */
#define UKARCH_TCB_WORDS	2
#define UKARCH_TCB_ALIGN	8
#define UKARCH_TLS_VARIANT	1	/* the block lies above the TCB */

/* The TLS segment's alignment, from the template's TLS lines (weak: 0 in
 * images without thread-local variables). */
extern const char __uk_tls_align[] __attribute__((weak));

/* Where the TLS block starts, from the thread pointer. */
static inline unsigned long ukarch_tls_offset(void)
{
	unsigned long a = (unsigned long)__uk_tls_align;

	return a > 8 ? a : 8;
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
 * thread control block, and @canary the stack-protector canary: on ARM
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

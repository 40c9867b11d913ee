/*
 * x86_64 execution contexts: what a thread switch saves, and where a new
 * thread starts. Contract for the schedulers (libpool/uksched).
 *
 * ukarch_ctx_switch() is an ordinary function call, so it saves only what
 * the SysV ABI says survives a call: the callee-saved registers (rbx, rbp,
 * r12-r15), the MXCSR control bits and the x87 control word, plus RFLAGS
 * (on kvm its IF bit is per thread: a thread switched away inside the tick
 * handler resumes there with interrupts off, one that yielded resumes with
 * them on). Every other SSE/x87 register is dead across a call. Code that
 * is interrupted and then switched away has had its whole state (every
 * GPR, fxsave of x87/SSE) saved by the interrupt entry before the switch
 * (see uk/plat/time.h, ukplat_tick_set), so one switch serves both cases.
 * docs/threads.md has the measurements behind this choice.
 */
#ifndef UK_ARCH_CTX_H
#define UK_ARCH_CTX_H

#ifdef __cplusplus
extern "C" {
#endif

struct ukarch_ctx {
	unsigned long sp;	/* saved stack pointer: the frame is on it */
};

/* Minimum stack alignment and the bytes ukarch_ctx_init() uses at the top. */
#define UKARCH_STACK_ALIGN	16
#define UKARCH_CTX_FRAME	80

/* Prepares @ctx so that the first switch to it calls entry(arg) on the
 * stack ending at @stack_top (16-byte aligned). entry must not return. The
 * new context inherits the caller's interrupt flag. */
void ukarch_ctx_init(struct ukarch_ctx *ctx, void *stack_top,
		     void (*entry)(void *arg), void *arg);

/* Saves the running context in @prev and resumes @next; returns when
 * something switches back to @prev. */
void ukarch_ctx_switch(struct ukarch_ctx *prev, struct ukarch_ctx *next);

/* The thread pointer: %fs:0, which points to itself (x86_64 TLS ABI). */
static inline unsigned long ukarch_tlsp_get(void)
{
	unsigned long tp;

	__asm__ __volatile__("movq %%fs:0, %0" : "=r"(tp));
	return tp;
}

/* The x86_64 TLS ABI (variant II): the thread pointer points to the
 * thread control block, the TLS block lies just below it. Words of the
 * control block that code compiled elsewhere reads: */
#define UKARCH_TCB_SELF		0	/* %fs:0, the thread pointer itself */
#define UKARCH_TCB_CANARY	5	/* %fs:0x28, -fstack-protector */
#define UKARCH_TCB_WORDS	8
#define UKARCH_TCB_ALIGN	64

/* Makes @tcb (UKARCH_TCB_WORDS words, aligned to UKARCH_TCB_ALIGN, the
 * rest zero) a thread control block with the stack-protector @canary;
 * returns the thread pointer to install (ukplat_tlsp_set). */
static inline unsigned long ukarch_tcb_init(unsigned long *tcb,
					    unsigned long canary)
{
	tcb[UKARCH_TCB_SELF] = (unsigned long)tcb;
	tcb[UKARCH_TCB_CANARY] = canary;
	return (unsigned long)tcb;
}

/* Bytes a TLS block of @size bytes and its TCB take: the block ends on a
 * 64-byte boundary (the TCB's alignment), where the TCB starts. */
#define UKARCH_TLS_AREA(size) \
	((((size) + 63UL) & ~63UL) + UKARCH_TCB_WORDS * sizeof(unsigned long))

/* Builds a TLS block and its TCB in @area (UKARCH_TLS_AREA(@size) bytes,
 * aligned to 64 and to the TLS alignment): the first @tdata bytes of the
 * block from @image (.tdata), the rest up to @size zeroed (.tbss). The
 * canary is the running one, not a new one: functions on the stack already
 * hold it, and code compiled with -fstack-protector checks it across a
 * switch. Returns the thread pointer; the caller installs it. */
static inline unsigned long ukarch_tls_fill(void *area, const void *image,
					    unsigned long tdata,
					    unsigned long size)
{
	unsigned long *tcb = (unsigned long *)((char *)area +
					       ((size + 63UL) & ~63UL));
	char *block = (char *)tcb - size;
	unsigned long canary;
	int i;

	/* Images without thread-local variables: @image may be a weak
	 * symbol that reads as 0, and there is no block. */
	if (size) {
		__builtin_memcpy(block, image, tdata);
		__builtin_memset(block + tdata, 0, size - tdata);
	}
	__asm__ __volatile__("movq %%fs:0x28, %0" : "=r"(canary));
	for (i = 0; i < UKARCH_TCB_WORDS; i++)
		tcb[i] = 0;
	return ukarch_tcb_init(tcb, canary);
}

#ifdef __cplusplus
}
#endif

#endif /* UK_ARCH_CTX_H */

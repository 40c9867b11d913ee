/*
 * Thread-local storage of the variant I ABIs with a global stack-protector
 * canary, shared by arch/arm and arch/arm64 (included by their
 * uk/arch/ctx.h, which define UKARCH_TCB_ALIGN first: the TCB's size, two
 * words, which is also where the TLS block starts at the least).
 *
 * The thread pointer points to the thread control block (word 0: the DTV
 * pointer, which static images never read, here the TCB itself; word 1
 * reserved), and the TLS block follows it, at tp + UKARCH_TCB_ALIGN
 * rounded up to the TLS segment's alignment (the linker's TPOFF/TPREL
 * offsets). The stack-protector canary is not in the TCB: compilers read
 * the global __stack_chk_guard (the arch library's stack_guard.c), which
 * threads share.
 */
#ifndef UK_ARCH_TLS_VARIANT1_H
#define UK_ARCH_TLS_VARIANT1_H

#ifndef UKARCH_TCB_ALIGN
#error "uk/arch/ctx.h defines UKARCH_TCB_ALIGN before including this"
#endif

#define UKARCH_TCB_SELF		0	/* word 0 points to the TCB itself */
#define UKARCH_TCB_SPARE	1	/* a word that no ABI reads */
#define UKARCH_TCB_WORDS	2
#define UKARCH_TLS_VARIANT	1	/* the block lies above the TCB */

/* The TLS segment's alignment, from the template's TLS lines (weak: 0 in
 * images without thread-local variables). */
extern const char __uk_tls_align[] __attribute__((weak));

/* Where the TLS block starts, from the thread pointer. */
static inline unsigned long ukarch_tls_offset(void)
{
	unsigned long a = (unsigned long)__uk_tls_align;

	return a > UKARCH_TCB_ALIGN ? a : UKARCH_TCB_ALIGN;
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
 * thread control block, and @canary the stack-protector canary: the
 * global guard (if the image has one: only code built with
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

#endif /* UK_ARCH_TLS_VARIANT1_H */

/*
 * x86_64 logical-CPU helpers: halting, interrupt flag, control registers,
 * MSRs and the time-stamp counter. All static inline: no symbols.
 */
#ifndef UK_ARCH_LCPU_H
#define UK_ARCH_LCPU_H

/* Control-register bits (plain numbers: also used from assembly). */
#define X86_CR0_PE		0x00000001	/* protected mode */
#define X86_CR0_MP		0x00000002	/* monitor coprocessor */
#define X86_CR0_EM		0x00000004 /* x87 emulation (must be off) */
#define X86_CR0_TS		0x00000008	/* task switched (lazy FPU) */
#define X86_CR0_PG		0x80000000	/* paging */
#define X86_CR4_PAE		0x00000020	/* physical address extension */
#define X86_CR4_OSFXSR		0x00000200	/* fxsave/fxrstor + SSE */
#define X86_CR4_OSXMMEXCPT	0x00000400	/* #XM for SIMD exceptions */
#define X86_EFER_LME		0x00000100	/* long mode enable */

#define X86_MSR_EFER		0xc0000080
#define X86_MSR_FS_BASE		0xc0000100
#define X86_MSR_GS_BASE		0xc0000101

#ifndef __ASSEMBLY__

/* Waits for the next interrupt (returns at once if one is pending). */
static inline void ukarch_halt(void)
{
	__asm__ __volatile__("hlt" ::: "memory");
}

/* Disables interrupts and halts forever: the end of every stop path. */
static inline __attribute__((noreturn)) void ukarch_halt_forever(void)
{
	for (;;)
		__asm__ __volatile__("cli; hlt" ::: "memory");
}

static inline void ukarch_irq_disable(void)
{
	__asm__ __volatile__("cli" ::: "memory");
}

static inline void ukarch_irq_enable(void)
{
	__asm__ __volatile__("sti" ::: "memory");
}

/* Disables interrupts and returns the previous state for
 * ukarch_irq_restore (RFLAGS). */
static inline unsigned long ukarch_irq_save(void)
{
	unsigned long flags;

	__asm__ __volatile__("pushfq; popq %0; cli" : "=r"(flags)
			     :: "memory");
	return flags;
}

/* Enables interrupts again if they were on at ukarch_irq_save. */
static inline void ukarch_irq_restore(unsigned long flags)
{
	if (flags & 0x200)	/* RFLAGS.IF */
		ukarch_irq_enable();
}

/* Spin-wait hint. */
static inline void ukarch_pause(void)
{
	__asm__ __volatile__("pause" ::: "memory");
}

#define _UKARCH_CR_READ(n)						\
static inline unsigned long ukarch_read_cr##n(void)			\
{									\
	unsigned long v;						\
	__asm__ __volatile__("mov %%cr" #n ", %0" : "=r"(v));		\
	return v;							\
}
_UKARCH_CR_READ(0)
_UKARCH_CR_READ(2)
_UKARCH_CR_READ(3)
_UKARCH_CR_READ(4)
#undef _UKARCH_CR_READ

static inline unsigned long ukarch_rdmsr(unsigned int msr)
{
	unsigned int lo, hi;

	__asm__ __volatile__("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return ((unsigned long)hi << 32) | lo;
}

static inline void ukarch_wrmsr(unsigned int msr, unsigned long v)
{
	__asm__ __volatile__("wrmsr"
			     :: "c"(msr), "a"((unsigned int)v),
				"d"((unsigned int)(v >> 32))
			     : "memory");
}

static inline unsigned long ukarch_rdtsc(void)
{
	unsigned int lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((unsigned long)hi << 32) | lo;
}

/* The only logical CPU so far (no SMP yet). */
static inline unsigned int ukarch_lcpu_id(void)
{
	return 0;
}

#endif /* !__ASSEMBLY__ */
#endif /* UK_ARCH_LCPU_H */

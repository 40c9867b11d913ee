/*
 * arm64 logical-CPU helpers: waiting for interrupts, the interrupt mask
 * (DAIF), barriers, system registers and the generic timer's counter.
 * All static inline: no symbols. The DAIF helpers need EL1 (kvm, xen):
 * at EL0 (linuxu) DAIF is not accessible and signals stand for
 * interrupts.
 */
#ifndef UK_ARCH_LCPU_H
#define UK_ARCH_LCPU_H

/* DAIF bits (plain numbers: also used from assembly). */
#define ARM64_DAIF_F		0x040	/* FIQ masked */
#define ARM64_DAIF_I		0x080	/* IRQ masked */
#define ARM64_DAIF_A		0x100	/* SError masked */
#define ARM64_DAIF_D		0x200	/* debug masked */

#ifndef __ASSEMBLY__

/* Reads / writes a system register by name: ukarch_sysreg_read(esr_el1). */
#define ukarch_sysreg_read(reg) ({					\
	unsigned long __v;						\
	__asm__ __volatile__("mrs %0, " #reg : "=r"(__v));		\
	__v;								\
})
#define ukarch_sysreg_write(reg, v) do {				\
	unsigned long __v = (unsigned long)(v);				\
	__asm__ __volatile__("msr " #reg ", %0" :: "r"(__v) : "memory");\
} while (0)

/* Barriers: full system, inner shareable, instruction synchronization. */
#define ukarch_dsb(opt)	__asm__ __volatile__("dsb " #opt ::: "memory")
#define ukarch_dmb(opt)	__asm__ __volatile__("dmb " #opt ::: "memory")
static inline void ukarch_isb(void)
{
	__asm__ __volatile__("isb" ::: "memory");
}

/* Memory ordering for drivers: every earlier access before every later
 * one (mb), and the same for stores (wmb) and loads (rmb). */
static inline void ukarch_mb(void)
{
	ukarch_dsb(sy);
}

static inline void ukarch_wmb(void)
{
	ukarch_dsb(st);
}

static inline void ukarch_rmb(void)
{
	ukarch_dsb(ld);
}

/* Waits for the next interrupt (returns at once if one is pending, even
 * while masked). */
static inline void ukarch_halt(void)
{
	__asm__ __volatile__("dsb sy; wfi" ::: "memory");
}

/* Masks interrupts and waits forever: the end of every stop path. */
static inline __attribute__((noreturn)) void ukarch_halt_forever(void)
{
	for (;;)
		__asm__ __volatile__("msr daifset, #0xf; wfi" ::: "memory");
}

static inline void ukarch_irq_disable(void)
{
	__asm__ __volatile__("msr daifset, #2" ::: "memory");
}

static inline void ukarch_irq_enable(void)
{
	__asm__ __volatile__("msr daifclr, #2" ::: "memory");
}

/* Masks IRQs and returns the previous DAIF for ukarch_irq_restore. */
static inline unsigned long ukarch_irq_save(void)
{
	unsigned long flags;

	__asm__ __volatile__("mrs %0, daif; msr daifset, #2"
			     : "=r"(flags) :: "memory");
	return flags;
}

/* Unmasks IRQs again if they were unmasked at ukarch_irq_save. */
static inline void ukarch_irq_restore(unsigned long flags)
{
	if (!(flags & ARM64_DAIF_I))
		ukarch_irq_enable();
}

/* Spin-wait hint. */
static inline void ukarch_pause(void)
{
	__asm__ __volatile__("yield" ::: "memory");
}

/* The generic timer's virtual count (CNTVCT_EL0, readable at EL0 too),
 * ticking at ukarch_counter_freq() Hz. */
static inline unsigned long ukarch_counter(void)
{
	unsigned long v;

	__asm__ __volatile__("isb; mrs %0, cntvct_el0" : "=r"(v) :: "memory");
	return v;
}

static inline unsigned long ukarch_counter_freq(void)
{
	unsigned long v;

	__asm__ __volatile__("mrs %0, cntfrq_el0" : "=r"(v));
	return v;
}

/* The cycle-counter contract that generic code uses for cheap, monotonic
 * timestamps and entropy mixing (x86_64: RDTSC): here the generic
 * timer's count, at ukarch_counter_freq() rather than the CPU clock. */
static inline unsigned long ukarch_rdtsc(void)
{
	return ukarch_counter();
}

/* The only logical CPU so far (no SMP yet). */
static inline unsigned int ukarch_lcpu_id(void)
{
	return 0;
}

#endif /* !__ASSEMBLY__ */
#endif /* UK_ARCH_LCPU_H */

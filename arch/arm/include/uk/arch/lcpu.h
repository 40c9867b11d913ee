/*
 * arm logical-CPU helpers that generic code uses: barriers, the spin-wait
 * hint and a cheap counter. All static inline: no symbols. The only
 * platform of this architecture runs at PL0 (linuxu), where interrupts
 * are signals: no interrupt mask or halt helpers here.
 */
#ifndef UK_ARCH_LCPU_H
#define UK_ARCH_LCPU_H

#ifndef __ASSEMBLY__

/* Memory ordering for shared memory: every earlier access before every
 * later one (mb), and the same for stores (wmb) and loads (rmb). */
static inline void ukarch_mb(void)
{
	__asm__ __volatile__("dmb ish" ::: "memory");
}

static inline void ukarch_wmb(void)
{
	__asm__ __volatile__("dmb ishst" ::: "memory");
}

static inline void ukarch_rmb(void)
{
	__asm__ __volatile__("dmb ish" ::: "memory");
}

/* Spin-wait hint. */
static inline void ukarch_pause(void)
{
	__asm__ __volatile__("yield" ::: "memory");
}

/*
 * The cycle-counter contract (x86_64: RDTSC), which generic code uses only
 * to mix entropy and as a fallback clock where a platform has none: ARMv7
 * has no counter that PL0 can count on reading (the generic timer's
 * CNTVCT is readable only where the kernel allows it, and QEMU's user
 * mode raises SIGILL), so this returns 0. linuxu has real clocks
 * (ukplat_monotonic_clock), which those callers prefer.
 */
static inline unsigned long ukarch_rdtsc(void)
{
	return 0;
}

/* The only logical CPU so far (no SMP yet). */
static inline unsigned int ukarch_lcpu_id(void)
{
	return 0;
}

#endif /* !__ASSEMBLY__ */
#endif /* UK_ARCH_LCPU_H */

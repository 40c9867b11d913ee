/*
 * The local APIC timer (xAPIC, memory-mapped; the boot page tables map
 * its page): one-shot countdowns on TIMER_VECTOR. Its input clock is
 * measured against the monotonic clock when the timer is first used:
 * from a count started (masked) at the clock's first read, or, when
 * that count is too young or ran out, with busy waits.
 */
#include <stdint.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include "x86_64.h"

#define MSR_APIC_BASE		0x1b
#define APIC_BASE_ENABLE	(1UL << 11)
#define APIC_BASE_MASK		0xfffff000UL

#define APIC_ID	0x020
#define APIC_TPR	0x080
#define APIC_EOI	0x0b0
#define APIC_SVR	0x0f0
#define APIC_LVT_TIMER	0x320
#define APIC_TMICT	0x380	/* initial count: writing starts the timer */
#define APIC_TMCCT	0x390	/* current count */
#define APIC_TDCR	0x3e0

#define SVR_ENABLE	0x100
#define LVT_MASKED	0x10000
#define TDCR_DIV16	0x3
/* Each of the three measurements is a busy wait at the timer's first use
 * (a server's launch paid 15 ms at 5 ms each). Over 1 ms the count (62.5
 * MHz under QEMU and KVM) has 62,500 steps, and the clock reads at the
 * ends add ~0.1 %: the timer then fires that much early or late, which
 * re-arming absorbs. */
#define CALIB_NS	1000000ULL
/* The count started at the clock's first read measures the rate when
 * it ran at least this long (as precise as three CALIB_NS waits). */
#define FREERUN_MIN_NS	(3 * CALIB_NS)

static volatile uint32_t *apic;
static uint64_t counts_per_ns;	/* 32.32 fixed point */
static uint64_t freerun_ns;	/* monotonic time it started */
static int freerun;

static void w(unsigned int reg, uint32_t v)
{
	apic[reg / 4] = v;
}

static uint32_t r(unsigned int reg)
{
	return apic[reg / 4];
}

/* The clock is read outside the countdown's window, so a vCPU preempted
 * at either end can only make the rate look lower: the timer then fires
 * early, and the handler re-arms it, rather than late. */
static uint64_t measure(void)
{
	uint64_t t0, t1;
	uint32_t left;

	t0 = ukplat_monotonic_clock();
	w(APIC_TMICT, 0xffffffff);
	while (ukplat_monotonic_clock() - t0 < CALIB_NS)
		;
	left = r(APIC_TMCCT);
	t1 = ukplat_monotonic_clock();
	w(APIC_TMICT, 0);
	return (uint64_t)(((unsigned __int128)(0xffffffffU - left) << 32) /
			  (t1 - t0));
}

unsigned int _kvm_lapic_enable(void)
{
	uint64_t base;

	if (!apic) {
		base = ukarch_rdmsr(MSR_APIC_BASE);
		if (!(base & APIC_BASE_ENABLE))
			ukarch_wrmsr(MSR_APIC_BASE, base | APIC_BASE_ENABLE);
		apic = (volatile uint32_t *)(base & APIC_BASE_MASK);
		w(APIC_SVR, SVR_ENABLE | KVM_SPURIOUS_VECTOR);
		w(APIC_TPR, 0);
	}
	return r(APIC_ID) >> 24;
}

/* The timer enabled, divide-by-16, its interrupt masked. */
static void timer_masked(void)
{
	_kvm_lapic_enable();
	w(APIC_TDCR, TDCR_DIV16);
	w(APIC_LVT_TIMER, LVT_MASKED | KVM_TIMER_VECTOR);
}

void _kvm_lapic_freerun(uint64_t now)
{
	timer_masked();
	w(APIC_TMICT, 0xffffffff);	/* 68 s at 62.5 MHz */
	freerun_ns = now;
	freerun = 1;
}

void _kvm_lapic_init(void)
{
	uint64_t a, b, t;
	uint32_t left;

	timer_masked();
	left = r(APIC_TMCCT);
	t = ukplat_monotonic_clock();
	if (freerun && left && t - freerun_ns >= FREERUN_MIN_NS) {
		counts_per_ns = (uint64_t)(((unsigned __int128)
			(0xffffffffU - left) << 32) / (t - freerun_ns));
		w(APIC_TMICT, 0);
	} else {
		/* Median of three, as for the TSC. */
		a = measure();
		b = measure();
		counts_per_ns = _kvm_median3(a, b, measure());
	}
	w(APIC_LVT_TIMER, KVM_TIMER_VECTOR);	/* one-shot, unmasked */
}

void _kvm_lapic_oneshot(uint64_t ns)
{
	unsigned __int128 n = ((unsigned __int128)ns * counts_per_ns) >> 32;

	/* Too far: fire early, the handler re-arms for the rest. */
	w(APIC_TMICT, n > 0xffffffffU ? 0xffffffffU : n ? (uint32_t)n : 1);
}

void _kvm_lapic_stop(void)
{
	w(APIC_TMICT, 0);
}

void _kvm_lapic_eoi(void)
{
	w(APIC_EOI, 0);
}

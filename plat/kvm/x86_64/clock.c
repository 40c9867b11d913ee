/*
 * The clocks of the time contract (uk/plat/time.h). Monotonic: the TSC
 * (invariant on the CPUs and in the QEMU/KVM setups this platform runs
 * on), scaled by a 32.32 fixed-point factor, measured without a busy
 * wait where the machine has an HPET (hpet.c: QEMU pc and q35): the
 * clock reads the HPET itself for its first WINDOW_NS, then measures the
 * TSC over that window and goes on from the HPET's time with the TSC.
 * It then counts from boot (setup.c starts the HPET). Without an HPET
 * (microvm) a first estimate is measured against the PIT (pit.c, 3.5 ms,
 * within 0.5 %) on the first call and refined over the first second
 * with the PIT left counting (pit_read); the clock counts from TSC 0,
 * before boot. Nothing of this runs in an image that never reads the clock
 * (forced member, dropped by LTO when unused), except the HPET's start.
 * The first read also starts the local APIC's count (lapic.c), whose
 * rate is then measured, the same way, at the timer's first use. Wall:
 * the CMOS RTC (rtc.c) read on the first call, plus the monotonic time
 * since; one-second resolution at that reading.
 */
#include <stdint.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include "x86_64.h"

#define NSEC_PER_SEC	1000000000ULL
/* The HPET's time for this long, then the TSC: its rate measured over
 * the window, to within the time two HPET reads take (under 1 us under
 * TCG, a few under KVM, where each read traps to the emulator): PAIR_NS
 * over WINDOW_NS, 100 ppm at most. A boot's first 20 ms read the HPET at most. */
#define WINDOW_NS	20000000ULL
/* A TSC reading is paired with the HPET's between two HPET reads at
 * most this far apart (the vCPU was not paused in between); the closest
 * of PAIR_TRIES pairs otherwise. */
#define PAIR_NS		2000ULL
#define PAIR_TRIES	8

/* Without an HPET: the PIT's count is sampled at reads at least
 * TRACK_EVERY_NS apart, its wraps told apart by the TSC's first estimate
 * (within 0.5 %: 10 ms over TRACK_MAX_NS, a wrap is 54.9 ms); after
 * TRACK_NS of PIT time the TSC's rate is measured over it. A gap longer
 * than TRACK_MAX_NS starts the tracking again. */
#define TRACK_EVERY_NS	5000000ULL
#define TRACK_MAX_NS	2000000000ULL
#define TRACK_NS	1000000000ULL

enum clock_source {
	CLOCK_UNREAD,	/* the first read decides */
	CLOCK_HPET,	/* in the window: the HPET's time */
	CLOCK_TSC_PIT,	/* the TSC at its first estimate, the PIT tracked */
	CLOCK_TSC,	/* base.ns + (TSC - base.tsc) x ns_per_cycle */
};

struct pit_track {
	uint64_t tsc0;		/* TSC at its start */
	uint64_t tsc;		/* TSC at the last sample */
	uint64_t ticks;		/* PIT ticks since its start */
	unsigned int count;	/* PIT count at the last sample */
};

struct clock_pair {
	uint64_t tsc, ns;
};

static enum clock_source source;
static struct clock_pair start;	/* the window's start (HPET) */
static struct clock_pair base;	/* the TSC's origin */
static struct pit_track track;
static uint64_t ns_per_cycle;	/* 32.32 fixed point */
static uint64_t wall_at_mono;	/* wall clock - monotonic clock, ns */
static int wall_known;

/* A TSC reading and the HPET's time at that moment. */
static struct clock_pair pair(void)
{
	struct clock_pair p = { 0, 0 };
	uint64_t h0, h1, t, best = ~0ULL;
	int i;

	for (i = 0; i < PAIR_TRIES && best > PAIR_NS; i++) {
		h0 = _kvm_hpet_ns();
		t = ukarch_rdtsc();
		h1 = _kvm_hpet_ns();
		if (h1 - h0 < best) {
			best = h1 - h0;
			p.tsc = t;
			p.ns = h0 + (h1 - h0) / 2;
		}
	}
	return p;
}

/* @ns / @cycles in 32.32 fixed point, in 64-bit arithmetic (no 128-bit
 * division in the kernel): a window past 2^31 ns (a first read seconds
 * after the one before) loses low bits of both, not precision. */
static uint64_t ratio32(uint64_t ns, uint64_t cycles)
{
	while (ns >> 31) {
		ns >>= 1;
		cycles >>= 1;
	}
	return (ns << 32) / cycles;
}

static uint64_t tsc_ns(uint64_t tsc)
{
	return base.ns + (uint64_t)(((unsigned __int128)(tsc - base.tsc) *
				     ns_per_cycle) >> 32);
}

/* From the pair (@tsc, @ns) on, the clock runs on the TSC at @rate
 * (32.32 ns per cycle): the fast path. */
static void tsc_from(uint64_t tsc, uint64_t ns, uint64_t rate)
{
	base.tsc = tsc;
	base.ns = ns;
	ns_per_cycle = rate;
	source = CLOCK_TSC;
}

/* A PIT count and the TSC right after it. */
static void pit_sample(unsigned int *count, uint64_t *tsc)
{
	*count = _kvm_pit_count();
	*tsc = ukarch_rdtsc();
}

static void track_start(void)
{
	pit_sample(&track.count, &track.tsc);
	track.tsc0 = track.tsc;
	track.ticks = 0;
}

/* One read while the PIT is tracked: the TSC at its first estimate, and
 * a PIT sample now and then; when the tracking has lasted TRACK_NS, the
 * TSC's rate measured over it from here on (within 1 % of the estimate,
 * or the wraps were miscounted: tracked again). */
static uint64_t pit_read(void)
{
	uint64_t ns = tsc_ns(ukarch_rdtsc()), last = tsc_ns(track.tsc);
	uint64_t expect, tsc, span, fine;
	unsigned int count, d;

	if (ns - last < TRACK_EVERY_NS)
		return ns;
	if (ns - last > TRACK_MAX_NS) {
		track_start();
		return ns;
	}
	pit_sample(&count, &tsc);
	expect = (tsc_ns(tsc) - last) * KVM_PIT_HZ / NSEC_PER_SEC;
	d = (track.count - count) & 0xffff;	/* it counts down */
	track.ticks += d + (expect + 32768 < d ? 0 :
			    (expect + 32768 - d) / 65536 * 65536);
	track.count = count;
	track.tsc = tsc;
	span = track.ticks * NSEC_PER_SEC / KVM_PIT_HZ;
	if (span < TRACK_NS)
		return ns;
	fine = ratio32(span, tsc - track.tsc0);
	if ((fine > ns_per_cycle ? fine - ns_per_cycle :
	     ns_per_cycle - fine) > ns_per_cycle / 100) {
		track_start();
		return ns;
	}
	/* From this sample on, at the rate measured; what was returned so
	 * far is at most its time at the first estimate's rate. */
	tsc_from(tsc, tsc_ns(tsc), fine);
	_kvm_pit_quiet();
	return ns;
}

/* The first reads: picks the source, and ends the HPET's window. With
 * interrupts off: a timer interrupt's own read must not switch sources
 * in the middle of ours. */
static uint64_t __attribute__((noinline)) clock_slow(void)
{
	unsigned long flags = ukarch_irq_save();
	struct clock_pair now;
	uint64_t ns;

	if (source == CLOCK_UNREAD) {
		if (_kvm_hpet_present()) {
			start = pair();
			source = CLOCK_HPET;
		} else {
			ns_per_cycle = ratio32(NSEC_PER_SEC, _kvm_tsc_hz());
			track_start();
			source = CLOCK_TSC_PIT;	/* base {0, 0}: from TSC 0 */
		}
		_kvm_lapic_freerun(source == CLOCK_HPET ? start.ns :
				   tsc_ns(ukarch_rdtsc()));
	}
	if (source == CLOCK_TSC_PIT) {
		ns = pit_read();
	} else if (source == CLOCK_HPET) {
		ns = _kvm_hpet_ns();
		if (ns - start.ns >= WINDOW_NS) {
			/* Reads so far returned no more than now.ns: the
			 * HPET's time when this pair began. */
			now = pair();
			tsc_from(now.tsc, now.ns, ratio32(now.ns - start.ns,
							 now.tsc - start.tsc));
			ns = now.ns;
		}
	} else {
		ns = tsc_ns(ukarch_rdtsc());
	}
	ukarch_irq_restore(flags);
	return ns;
}

unsigned long long ukplat_monotonic_clock(void)
{
	if (__builtin_expect(source == CLOCK_TSC, 1))
		return tsc_ns(ukarch_rdtsc());
	return clock_slow();
}

unsigned long long ukplat_wall_clock(void)
{
	if (!wall_known) {
		int64_t s = _kvm_rtc_seconds();
		uint64_t mono = ukplat_monotonic_clock();

		if (s <= 0)
			return 0;
		wall_at_mono = (uint64_t)s * NSEC_PER_SEC - mono;
		wall_known = 1;
	}
	return ukplat_monotonic_clock() + wall_at_mono;
}

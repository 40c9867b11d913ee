/*
 * The clocks of the time contract (uk/plat/time.h). Monotonic: the TSC
 * (invariant on the CPUs and in the QEMU/KVM setups this platform runs
 * on), counted from 0, so from before boot, scaled by a 32.32 fixed-point
 * factor. The frequency is measured against the PIT (pit.c) on the first
 * call, not at boot: an image that never reads the clock boots as fast as
 * before and carries none of this (forced member, dropped by LTO when
 * unused). Wall: the CMOS RTC (rtc.c) read on the first call, plus the
 * monotonic time since; one-second resolution at that reading.
 */
#include <stdint.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include "x86_64.h"

#define NSEC_PER_SEC	1000000000ULL

static uint64_t ns_per_cycle;	/* 32.32 fixed point; 0: not measured */
static uint64_t wall_at_mono;	/* wall clock - monotonic clock, ns */
static int wall_known;

unsigned long long ukplat_monotonic_clock(void)
{
	if (!ns_per_cycle) {
		ns_per_cycle = (uint64_t)(((unsigned __int128)NSEC_PER_SEC
					   << 32) / _kvm_tsc_hz());
	}
	return (uint64_t)(((unsigned __int128)ukarch_rdtsc() *
			   ns_per_cycle) >> 32);
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

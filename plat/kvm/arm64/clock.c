/*
 * Clocks (uk/plat/time.h): the monotonic clock is the generic timer's
 * virtual count (CNTVCT_EL0 at CNTFRQ_EL0 Hz: 62.5 MHz on QEMU virt),
 * the wall clock the PL031 real-time clock's seconds at the first call
 * plus the monotonic time since. A forced member: LTO drops what nothing
 * uses.
 */
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include "arm64.h"

#define NSEC	1000000000ULL
#define RTCDR	0x000	/* PL031 data register: seconds since the epoch */

uint64_t _kvm_ticks_to_ns(uint64_t t)
{
	uint64_t f = ukarch_counter_freq();

	return t / f * NSEC + t % f * NSEC / f;
}

uint64_t _kvm_ns_to_ticks(uint64_t ns)
{
	uint64_t f = ukarch_counter_freq();

	return ns / NSEC * f + (ns % NSEC * f + NSEC - 1) / NSEC;
}

unsigned long long ukplat_monotonic_clock(void)
{
	return _kvm_ticks_to_ns(ukarch_counter());
}

unsigned long long ukplat_wall_clock(void)
{
	static uint64_t boot_wall;	/* wall time at monotonic 0 */
	static unsigned long rtc = ~0UL;	/* not looked up yet */
	unsigned long size;

	if (rtc == ~0UL)	/* one store: a racing caller looks too */
		rtc = _kvm_dtb_base("rarm,pl031\0", &size);
	if (!rtc)
		return 0;
	if (!boot_wall)
		boot_wall = *(volatile uint32_t *)(rtc + RTCDR) * NSEC -
			    ukplat_monotonic_clock();
	return boot_wall + ukplat_monotonic_clock();
}

/* Time from the host kernel. Raw clock_gettime rather than the vDSO: no
 * auxv parsing or ELF lookup at start, and a few hundred nanoseconds per
 * call is far below what a unikernel's timers need. */
#include <uk/plat/linuxu.h>
#include "syscall.h"

#define CLOCK_REALTIME		0
#define CLOCK_MONOTONIC		1
#define TIMER_ABSTIME		1

struct timespec_k {
	long sec, nsec;
};

static unsigned long long clock_ns(int clock)
{
	struct timespec_k ts;

	if (_linuxu_sc3(__NR_clock_gettime, clock, (long)&ts, 0) < 0)
		return 0;
	return (unsigned long long)ts.sec * 1000000000ULL + ts.nsec;
}

unsigned long long ukplat_monotonic_clock(void)
{
	return clock_ns(CLOCK_MONOTONIC);
}

unsigned long long ukplat_wall_clock(void)
{
	return clock_ns(CLOCK_REALTIME);
}

void ukplat_halt_to(unsigned long long until)
{
	struct timespec_k ts = { (long)(until / 1000000000ULL),
				 (long)(until % 1000000000ULL) };

	/* Absolute: an early wake-up by a signal is an "event", per the
	 * contract; the caller re-checks its deadline. */
	_linuxu_sc4(__NR_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME,
		    (long)&ts, 0);
}

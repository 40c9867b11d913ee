/* Time from the host kernel. Raw clock_gettime rather than the vDSO: no
 * auxv parsing or ELF lookup at start, and a few hundred nanoseconds per
 * call is far below what a unikernel's timers need. The periodic tick is
 * SIGALRM from setitimer(ITIMER_REAL). */
#include <uk/plat/linuxu.h>
#include <uk/plat/time.h>
#include "syscall.h"

#define SIGALRM			14
#define ITIMER_REAL		0

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

struct itimerval_k {
	struct { long sec, usec; } interval, value;
};

static void (*volatile tick_fn)(void *arg);
static void *volatile tick_arg;

/*
 * Runs on the interrupted stack (no SA_ONSTACK), so fn may switch to
 * another thread; the kernel's signal frame below keeps the interrupted
 * registers and FPU/SSE state until that thread is switched back to and
 * this returns through rt_sigreturn. SA_NODEFER: SIGALRM is not blocked
 * while fn runs, so a thread fn switches to that was not itself
 * interrupted (it yielded, or is new) still gets ticks; a blocked signal
 * would stay blocked in it until it next returned from a handler.
 */
static void tick_handler(int sig, void *info, void *uc)
{
	void (*fn)(void *) = tick_fn;

	(void)sig;
	(void)info;
	(void)uc;
	if (fn)
		fn(tick_arg);
}

int ukplat_tick_set(unsigned long long period_ns, void (*fn)(void *arg),
		    void *arg)
{
	struct ksigaction sa = {
		.handler = tick_handler,
		.flags = SA_RESTORER | SA_RESTART | SA_NODEFER,
		.restorer = _linuxu_sigreturn,
		.mask = 0,
	};
	unsigned long long us = (period_ns + 999) / 1000;
	struct itimerval_k it = {
		{ (long)(us / 1000000), (long)(us % 1000000) },
		{ (long)(us / 1000000), (long)(us % 1000000) },
	};
	long r;

	if (!fn)
		us = 0;
	if (!us) {
		it = (struct itimerval_k){ { 0, 0 }, { 0, 0 } };
		r = _linuxu_sc3(__NR_setitimer, ITIMER_REAL, (long)&it, 0);
		tick_fn = 0;
		return r < 0 ? (int)r : 0;
	}
	/* fn last: a tick between the two stores must not call the new fn
	 * with the old arg. */
	tick_fn = 0;
	tick_arg = arg;
	tick_fn = fn;
	r = _linuxu_sc4(__NR_rt_sigaction, SIGALRM, (long)&sa, 0,
			sizeof(sa.mask));
	if (r >= 0)
		r = _linuxu_sc3(__NR_setitimer, ITIMER_REAL, (long)&it, 0);
	return r < 0 ? (int)r : 0;
}

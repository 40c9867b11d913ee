/* Interval timers (setitimer, alarm): deadlines on the monotonic clock,
 * expired by the platform's tick while one is armed (kvm, linuxu: the
 * handler then runs in the tick's interrupt context, as a signal
 * interrupts a process) and by the waits (sleep, nanosleep, pause,
 * sigsuspend) on every platform: xen has no tick, so there a timer fires
 * only when the program waits. The three timers all count real time. */
#include "sig.h"
#include <errno.h>
#include <sys/time.h>
#include <unistd.h>
#include <uk/plat/time.h>

#define TICK_NS 10000000ULL	/* 10 ms: how late a tick may fire one */

/* The pre-emptive scheduler's tick, where it is linked: the tick is one
 * platform timer, so ours calls the scheduler's while it runs. */
extern const long uk_opt_UKSCHEDPREEMPT_SLICE_US __attribute__((weak));
void uk_sched_tick(void) __attribute__((weak));

static const int signo[3] = { SIGALRM, SIGVTALRM, SIGPROF };

static struct {
	unsigned long long due;		/* 0: disarmed */
	unsigned long long every;	/* reload, 0: once */
} timers[3];

static int ticking;

static unsigned long long now(void)
{
	return ukplat_monotonic_clock ? ukplat_monotonic_clock() : 0;
}

/* Fires every timer due at @t; the earliest deadline left (or ~0).
 * Runs in a waiting thread and in the tick, which interrupts it (an
 * interrupt on kvm, a signal on linuxu), and the two come together by
 * design: a timer armed with the tick is due on one of its periods. So
 * a timer is claimed with a compare-and-swap of its deadline before it
 * is fired: with a plain test and store, the tick could fire it between
 * the thread's test and store, and the thread then fire it again (a
 * one-shot alarm delivered twice). */
static unsigned long long expire(unsigned long long t)
{
	unsigned long long next = ~0ULL, due;
	int i;

	for (i = 0; i < 3; i++) {
		due = __atomic_load_n(&timers[i].due, __ATOMIC_RELAXED);
		if (due && due <= t &&
		    __atomic_compare_exchange_n(&timers[i].due, &due,
						timers[i].every ?
						t + timers[i].every : 0, 0,
						__ATOMIC_SEQ_CST,
						__ATOMIC_SEQ_CST))
			_nolibc_sigdeliver(signo[i]);
		due = __atomic_load_n(&timers[i].due, __ATOMIC_RELAXED);
		if (due && due < next)
			next = due;
	}
	return next;
}

static void tick(void *arg)
{
	(void)arg;
	expire(now());
	if (&uk_opt_UKSCHEDPREEMPT_SLICE_US && uk_sched_tick)
		uk_sched_tick();
}

/* Runs the tick while a timer is armed (and for the scheduler, once it
 * took it over, for good). */
static void arm_tick(void)
{
	int any = timers[0].due || timers[1].due || timers[2].due;
	int sched = &uk_opt_UKSCHEDPREEMPT_SLICE_US && uk_sched_tick;
	unsigned long long period = TICK_NS;

	if (!ukplat_tick_set || any == ticking || (ticking && sched))
		return;
	if (sched && uk_opt_UKSCHEDPREEMPT_SLICE_US * 1000ULL < period)
		period = uk_opt_UKSCHEDPREEMPT_SLICE_US * 1000ULL;
	if (ukplat_tick_set(any ? period : 0, any ? tick : 0, 0) == 0)
		ticking = any;
}

int _nolibc_sig_sleep(unsigned long long until)
{
	unsigned long runs = _nolibc_sigruns;
	unsigned long long t, next;

	for (;;) {
		t = now();
		next = expire(t);
		if (_nolibc_sigruns != runs)
			return 1;
		if (t >= until || !ukplat_halt_to)
			return 0;
		ukplat_halt_to(next < until ? next : until);
	}
}

static unsigned long long tv_ns(const struct timeval *tv)
{
	return tv->tv_sec * 1000000000ULL + tv->tv_usec * 1000ULL;
}

static struct timeval ns_tv(unsigned long long ns)
{
	return (struct timeval){ ns / 1000000000ULL, ns % 1000000000ULL / 1000 };
}

int getitimer(int which, struct itimerval *cur)
{
	unsigned long long t = now();

	if ((unsigned int)which > 2) {
		errno = EINVAL;
		return -1;
	}
	cur->it_interval = ns_tv(timers[which].every);
	cur->it_value = ns_tv(timers[which].due > t ?
			      timers[which].due - t : timers[which].due ? 1000 : 0);
	return 0;
}

int setitimer(int which, const struct itimerval *nv, struct itimerval *ov)
{
	if ((unsigned int)which > 2 || nv->it_value.tv_usec < 0 ||
	    nv->it_value.tv_usec > 999999 || nv->it_interval.tv_usec < 0 ||
	    nv->it_interval.tv_usec > 999999) {
		errno = EINVAL;
		return -1;
	}
	if (!ukplat_monotonic_clock) {
		errno = ENOSYS;
		return -1;
	}
	if (ov)
		getitimer(which, ov);
	timers[which].every = tv_ns(&nv->it_interval);
	timers[which].due = tv_ns(&nv->it_value) ?
			    now() + tv_ns(&nv->it_value) : 0;
	arm_tick();
	return 0;
}

unsigned int alarm(unsigned int seconds)
{
	struct itimerval nv = { .it_value = { seconds, 0 } }, ov;

	if (setitimer(ITIMER_REAL, &nv, &ov) < 0)
		return 0;
	/* rounded up, and never 0 for an alarm still armed */
	return ov.it_value.tv_sec + (ov.it_value.tv_usec > 0);
}

useconds_t ualarm(useconds_t usec, useconds_t interval)
{
	struct itimerval nv = { { interval / 1000000, interval % 1000000 },
				{ usec / 1000000, usec % 1000000 } }, ov;

	if (setitimer(ITIMER_REAL, &nv, &ov) < 0)
		return -1;
	return ov.it_value.tv_sec * 1000000 + ov.it_value.tv_usec;
}

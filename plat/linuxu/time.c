/* Time from the host kernel. Raw clock_gettime rather than the vDSO: no
 * auxv parsing or ELF lookup at start, and a few hundred nanoseconds per
 * call is far below what a unikernel's timers need. The periodic tick is
 * SIGALRM from setitimer(ITIMER_REAL). */
#include <uk/plat/linuxu.h>
#include <uk/plat/time.h>
#include "syscall.h"

#define SIGALRM			14
#define ITIMER_REAL		0
#define SIG_BLOCK		0
#define SIG_UNBLOCK		1
#define SIG_SETMASK		2

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

/* Signals the kernel raises for a fault of the instruction itself
 * (SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGSEGV): never blocked, or a fault
 * would kill the process without a crash report. */
#define SIGBIT(n)	(1ULL << ((n) - 1))
#define FAULT_SIGNALS	(SIGBIT(4) | SIGBIT(5) | SIGBIT(7) | SIGBIT(8) | \
			 SIGBIT(11))

/* Signals are this platform's interrupts: all (but faults) are blocked
 * while *note is read, and ppoll waits with the caller's mask, which the
 * kernel installs and removes in one step with the wait: a signal pending
 * by then, or coming later, runs its handler and ends the wait (EINTR).
 * ppoll's timeout is relative (no absolute form takes a signal mask); the
 * caller re-checks its deadline. Three more system calls than
 * ukplat_halt_to, paid only by a scheduler that found nothing to run. */
void ukplat_halt_to_unless(unsigned long long until, const volatile int *note)
{
	unsigned long long all = ~FAULT_SIGNALS, old = 0, now, left;
	struct timespec_k ts;

	if (!note) {
		ukplat_halt_to(until);
		return;
	}
	_linuxu_sc4(__NR_rt_sigprocmask, SIG_BLOCK, (long)&all, (long)&old,
		    sizeof(all));
	now = ukplat_monotonic_clock();
	if (!*note && now < until) {
		left = until - now;
		/* Far deadlines ("never" is ~0) clamped to what a 32-bit
		 * time_t holds: the wait then ends early, harmlessly. */
		if (left / 1000000000ULL > 0x7fffffffULL)
			left = 0x7fffffffULL * 1000000000ULL;
		ts.sec = (long)(left / 1000000000ULL);
		ts.nsec = (long)(left % 1000000000ULL);
		_linuxu_sc6(__NR_ppoll, 0, 0, (long)&ts, (long)&old,
			    sizeof(old), 0);
	}
	_linuxu_sc4(__NR_rt_sigprocmask, SIG_SETMASK, (long)&old, 0,
		    sizeof(old));
}

struct itimerval_k {
	struct { long sec, usec; } interval, value;
};

static void (*volatile tick_fn)(void *arg);
static void *volatile tick_arg;

/* The tick's period: the timer is one-shot, re-armed by each tick. */
static volatile long tick_us;

static long timer_arm(long us)
{
	struct itimerval_k it = {
		{ 0, 0 }, { us / 1000000, us % 1000000 },
	};

	return _linuxu_sc3(__NR_setitimer, ITIMER_REAL, (long)&it, 0);
}

/* A handler is in its own part, before or after fn: a tick nested there
 * only re-arms the timer (that handler calls, or called, fn). */
static volatile int tick_own;

/*
 * Runs on the interrupted stack (no SA_ONSTACK), so fn may switch to
 * another thread; the kernel's signal frame below keeps the interrupted
 * registers and FPU/SIMD state until that thread is switched back to and
 * this returns through rt_sigreturn.
 * As kvm's timer does, this arms the next tick one period ahead and runs
 * fn with SIGALRM unblocked (the kernel blocks it from the delivery on),
 * then blocks it again (rt_sigreturn restores the interrupted mask): a
 * thread fn switches to that was not itself interrupted (it yielded, or
 * is new) still gets ticks. A tick that nests before fn raised the
 * pre-emption counter, or after fn lowered it, must not call fn: it would
 * switch away with this frame still on the stack, and this one would
 * switch again when resumed. The host delivers a pending signal at the
 * return of a system call, and on a loaded host a period can pass in one:
 * the unblock and the arming here are where nested ticks came (seen
 * under qemu-user). Hence tick_own around both system calls. fn switches
 * only while tick_own is 0, so it is 0 in every thread switched to.
 * The first version, a periodic timer with SA_NODEFER, let ticks nest
 * anywhere: under load the frames piled up until a thread's stack
 * overflowed into its guard page (arm64's signal frames are several KiB).
 */
static void tick_handler(int sig, void *info, void *uc)
{
	void (*fn)(void *) = tick_fn;
	unsigned long long alrm = 1ULL << (SIGALRM - 1);

	(void)sig;
	(void)info;
	(void)uc;
	if (!fn)
		return;
	if (tick_own) {
		timer_arm(tick_us);
		return;
	}
	tick_own = 1;
	_linuxu_sc4(__NR_rt_sigprocmask, SIG_UNBLOCK, (long)&alrm, 0,
		    sizeof(alrm));
	timer_arm(tick_us);
	tick_own = 0;
	fn(tick_arg);
	tick_own = 1;
	_linuxu_sc4(__NR_rt_sigprocmask, SIG_BLOCK, (long)&alrm, 0,
		    sizeof(alrm));
	/* Blocked until rt_sigreturn: no tick comes in between. */
	tick_own = 0;
}

int ukplat_tick_set(unsigned long long period_ns, void (*fn)(void *arg),
		    void *arg)
{
	struct ksigaction sa = {
		.handler = tick_handler,
		/* SA_SIGINFO: the kernel's rt frame, which the restorer's
		 * rt_sigreturn expects (32-bit ARM has another frame
		 * without it) */
		.flags = SA_SIGINFO | SA_RESTORER | SA_RESTART,
		.restorer = _linuxu_sigreturn,
		.mask = 0,
	};
	unsigned long long us = (period_ns + 999) / 1000;
	long r;

	if (!fn || !us) {
		/* fn first: a tick from here on returns without
		 * re-arming. */
		tick_fn = 0;
		r = timer_arm(0);
		return r < 0 ? (int)r : 0;
	}
	/* fn last: a tick between the stores must not call the new fn
	 * with the old arg or period. */
	tick_fn = 0;
	tick_arg = arg;
	tick_us = (long)us;
	tick_fn = fn;
	r = _linuxu_sc4(__NR_rt_sigaction, SIGALRM, (long)&sa, 0,
			sizeof(sa.mask));
	if (r >= 0)
		r = timer_arm((long)us);
	return r < 0 ? (int)r : 0;
}

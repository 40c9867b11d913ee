#include <time.h>
#include <errno.h>
#include <uk/plat/time.h>

/* With uksched linked, only the calling thread sleeps (the others run
 * meanwhile); weak, so that an image without threads does not link it. */
int uk_thread_sleep_ns(unsigned long long ns) __attribute__((weak));
/* With signals linked (signal/itimer.c), a wait expires interval timers
 * and ends early when a handler has run (EINTR): weak as well. */
int _nolibc_sig_sleep(unsigned long long until) __attribute__((weak));

/* Without a scheduler: halts until the deadline. ukplat_halt_to may
 * return early (an event), so the clock decides. */
static void halt_for(unsigned long long ns)
{
	unsigned long long until = ukplat_monotonic_clock() + ns;

	while (ukplat_monotonic_clock() < until) {
		if (ukplat_halt_to)
			ukplat_halt_to(until);
	}
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	unsigned long long ns;

	if (req->tv_sec < 0 || req->tv_nsec < 0 ||
	    req->tv_nsec >= 1000000000L) {
		errno = EINVAL;
		return -1;
	}
	if (!ukplat_monotonic_clock) {
		errno = ENOSYS;
		return -1;
	}
	ns = (unsigned long long)req->tv_sec * 1000000000ULL + req->tv_nsec;
	if (_nolibc_sig_sleep && !uk_thread_sleep_ns) {
		unsigned long long until = ukplat_monotonic_clock() + ns, t;

		if (_nolibc_sig_sleep(until)) {
			t = ukplat_monotonic_clock();
			t = t < until ? until - t : 0;
			if (rem)
				*rem = (struct timespec){ t / 1000000000ULL,
							  t % 1000000000ULL };
			errno = EINTR;
			return -1;
		}
	} else if (uk_thread_sleep_ns)
		uk_thread_sleep_ns(ns);
	else
		halt_for(ns);
	if (rem)
		*rem = (struct timespec){ 0, 0 };
	return 0;
}

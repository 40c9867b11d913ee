#include <time.h>
#include <errno.h>
#include <uk/plat/time.h>

/* Halts until the deadline: ukplat_halt_to may return early (an event),
 * so the clock decides. No scheduler here: a threaded program sleeps
 * through its scheduler instead. */
int nanosleep(const struct timespec *req, struct timespec *rem)
{
	unsigned long long until;

	if (req->tv_sec < 0 || req->tv_nsec < 0 ||
	    req->tv_nsec >= 1000000000L) {
		errno = EINVAL;
		return -1;
	}
	if (!ukplat_monotonic_clock) {
		errno = ENOSYS;
		return -1;
	}
	until = ukplat_monotonic_clock() +
		(unsigned long long)req->tv_sec * 1000000000ULL + req->tv_nsec;
	while (ukplat_monotonic_clock() < until) {
		if (ukplat_halt_to)
			ukplat_halt_to(until);
	}
	if (rem)
		*rem = (struct timespec){ 0, 0 };
	return 0;
}

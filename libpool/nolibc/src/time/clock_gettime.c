#include <time.h>
#include <errno.h>
#include <uk/plat/time.h>

int clock_gettime(clockid_t id, struct timespec *ts)
{
	unsigned long long ns;

	switch (id) {
	case CLOCK_REALTIME:
		ns = ukplat_wall_clock ? ukplat_wall_clock() : 0;
		break;
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_BOOTTIME:
		/* Weak: a platform without the time contract has none. */
		if (!ukplat_monotonic_clock) {
			errno = ENOSYS;
			return -1;
		}
		ns = ukplat_monotonic_clock();
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	if (id == CLOCK_REALTIME && !ns) {
		errno = ENOSYS;
		return -1;
	}
	ts->tv_sec = ns / 1000000000ULL;
	ts->tv_nsec = ns % 1000000000ULL;
	return 0;
}

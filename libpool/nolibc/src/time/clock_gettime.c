#include <time.h>
#include <errno.h>
#include <uk/plat/time.h>

unsigned long long _nolibc_cpu_ns(void);

int clock_gettime(clockid_t id, struct timespec *ts)
{
	unsigned long long ns;

	switch (id) {
	case CLOCK_REALTIME:
	case CLOCK_REALTIME_COARSE:
		id = CLOCK_REALTIME;
		ns = ukplat_wall_clock ? ukplat_wall_clock() : 0;
		break;
	case CLOCK_PROCESS_CPUTIME_ID:
	case CLOCK_THREAD_CPUTIME_ID:
		ns = _nolibc_cpu_ns();
		break;
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_MONOTONIC_COARSE:
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

/* Every clock counts nanoseconds. */
int clock_getres(clockid_t id, struct timespec *res)
{
	struct timespec ts;

	if (clock_gettime(id, &ts) < 0 && errno == EINVAL)
		return -1;
	if (res)
		*res = (struct timespec){ 0, 1 };
	return 0;
}

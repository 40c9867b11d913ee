/* newlib's clock calls on the platform's time contract (uk/plat/time.h,
 * weak: ENOSYS where the platform has none). newlib's own time(), clock()
 * and friends reach the clock through gettimeofday. Clock ids are
 * newlib's (time.h): CLOCK_REALTIME 1, CLOCK_MONOTONIC 4, which its
 * headers only define for some targets, hence the numbers here. */
#include <errno.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <uk/plat/time.h>

#define NL_CLOCK_REALTIME_COARSE	0
#define NL_CLOCK_REALTIME		1
#define NL_CLOCK_MONOTONIC		4
#define NL_CLOCK_MONOTONIC_RAW		5
#define NL_CLOCK_MONOTONIC_COARSE	6
#define NSEC	1000000000ULL

int clock_gettime(clockid_t id, struct timespec *ts);
int nanosleep(const struct timespec *req, struct timespec *rem);

static int fail(int e)
{
	errno = e;
	return -1;
}

int gettimeofday(struct timeval *tv, void *tz)
{
	unsigned long long ns = ukplat_wall_clock ? ukplat_wall_clock() : 0;

	if (tz)
		*(struct timezone *)tz = (struct timezone){ 0, 0 };
	if (!ns)
		return fail(ENOSYS);
	if (tv) {
		tv->tv_sec = ns / NSEC;
		tv->tv_usec = ns % NSEC / 1000;
	}
	return 0;
}

int clock_gettime(clockid_t id, struct timespec *ts)
{
	unsigned long long ns;

	if (id == NL_CLOCK_REALTIME || id == NL_CLOCK_REALTIME_COARSE)
		ns = ukplat_wall_clock ? ukplat_wall_clock() : 0;
	else if (id == NL_CLOCK_MONOTONIC || id == NL_CLOCK_MONOTONIC_RAW ||
		 id == NL_CLOCK_MONOTONIC_COARSE)
		ns = ukplat_monotonic_clock ? ukplat_monotonic_clock() : 0;
	else
		return fail(EINVAL);
	if (!ns)
		return fail(ENOSYS);
	ts->tv_sec = ns / NSEC;
	ts->tv_nsec = ns % NSEC;
	return 0;
}

/* As nolibc's: with uksched linked (weak), only the calling thread
 * sleeps; without it, the CPU halts until the deadline. */
int uk_thread_sleep_ns(unsigned long long ns) __attribute__((weak));

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	unsigned long long ns, until;

	if (req->tv_sec < 0 || req->tv_nsec < 0 || req->tv_nsec >= (long)NSEC)
		return fail(EINVAL);
	if (!ukplat_monotonic_clock)
		return fail(ENOSYS);
	ns = (unsigned long long)req->tv_sec * NSEC + req->tv_nsec;
	if (uk_thread_sleep_ns) {
		uk_thread_sleep_ns(ns);
	} else {
		until = ukplat_monotonic_clock() + ns;
		while (ukplat_monotonic_clock() < until)
			if (ukplat_halt_to)
				ukplat_halt_to(until);
	}
	if (rem)
		*rem = (struct timespec){ 0, 0 };
	return 0;
}

unsigned sleep(unsigned int seconds)
{
	struct timespec ts = { seconds, 0 };

	return nanosleep(&ts, 0) ? seconds : 0;
}

int usleep(useconds_t usec)
{
	struct timespec ts = { usec / 1000000, usec % 1000000 * 1000L };

	return nanosleep(&ts, 0);
}

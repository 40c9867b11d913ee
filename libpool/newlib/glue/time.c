/* newlib's clock calls on the platform's time contract (uk/plat/time.h,
 * weak: ENOSYS where the platform has none). newlib's own time(), clock()
 * and friends reach the clock through gettimeofday and times(). Clock ids
 * are Linux's (patches/0006-time-glibc-values.patch), which newlib's
 * headers name only for some targets, hence the numbers here. */
#include <errno.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>
#include <uk/plat/time.h>

#define NL_CLOCK_REALTIME		0
#define NL_CLOCK_MONOTONIC		1
#define NL_CLOCK_MONOTONIC_RAW		4
#define NL_CLOCK_REALTIME_COARSE	5
#define NL_CLOCK_MONOTONIC_COARSE	6
#define NL_CLOCK_BOOTTIME		7
_Static_assert(CLOCK_REALTIME == NL_CLOCK_REALTIME, "Linux's clock ids");
_Static_assert(CLOCKS_PER_SEC == 1000000, "glibc's CLOCKS_PER_SEC");
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
		 id == NL_CLOCK_MONOTONIC_COARSE || id == NL_CLOCK_BOOTTIME)
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

int clock_getres(clockid_t id, struct timespec *res)
{
	struct timespec ts;

	if (clock_gettime(id, &ts))
		return -1;
	if (res)
		*res = (struct timespec){ 0, 1 };
	return 0;
}

/* One process, never idle for another: its CPU time is the time since
 * boot, in clock() ticks (CLOCKS_PER_SEC, microseconds), which newlib's
 * clock() sums from these fields. */
clock_t times(struct tms *t)
{
	clock_t us;

	if (!ukplat_monotonic_clock)
		return (clock_t)fail(ENOSYS);
	us = ukplat_monotonic_clock() / 1000;
	if (t)
		*t = (struct tms){ .tms_utime = us };
	return us;
}

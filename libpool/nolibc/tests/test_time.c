/* Clocks and sleeping through nolibc: clock_gettime, gettimeofday, time,
 * nanosleep, usleep, sleep. Bounds (uk/test.h): a sleep lasts at least
 * what was asked and at most UK_TEST_LATE_MAX_MS more (QEMU's TCG on a
 * loaded 2-core host); the wall clock is within -UK_TEST_WALL_BEHIND_MAX_S..+UK_TEST_WALL_AHEAD_MAX_S
 * of the host's time, taken just before the boot (a Xen guest may wait
 * for the session's Xen runner to start; kvm and linuxu print about 1 s).
 * Run with the arguments: {hosttime} */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <uk/test.h>

#define SLACK_MS	UK_TEST_LATE_MAX_MS

static long long mono_ns(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts))
		return -1;
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* How long f(arg) took, in ms. */
static long long timed_ms(int (*f)(long), long arg)
{
	long long t0 = mono_ns();

	CHECK(f(arg) == 0);
	return (mono_ns() - t0) / 1000000;
}

static int do_nanosleep(long ms)
{
	struct timespec ts = { ms / 1000, ms % 1000 * 1000000 }, rem = { 1, 1 };
	int r = nanosleep(&ts, &rem);

	CHECK(rem.tv_sec == 0 && rem.tv_nsec == 0);
	return r;
}

static int do_usleep(long ms)
{
	return usleep(ms * 1000);
}

static int do_sleep(long s)
{
	return (int)sleep(s);
}

static void check_sleep(const char *what, long long took, long long ms)
{
	printf("%s %lld ms: took %lld ms\n", what, ms, took);
	CHECK(took >= ms);
	CHECK(took < ms + SLACK_MS);
}

static void check_monotonic(void)
{
	long long prev = mono_ns(), now;
	int i, back = 0;

	CHECK(prev > 0);
	for (i = 0; i < 200000; i++) {
		now = mono_ns();
		back += now < prev;
		prev = now;
	}
	CHECK(back == 0);
}

static void check_wall(long long host)
{
	struct timespec ts;
	struct timeval tv;
	time_t t = 0, t2 = time(&t);
	long long diff = (long long)t2 - host;

	printf("wall clock: %lld, host %lld, difference %lld s\n",
	       (long long)t2, host, diff);
	CHECK(t2 == t);
	CHECK(diff >= -UK_TEST_WALL_BEHIND_MAX_S && diff <= UK_TEST_WALL_AHEAD_MAX_S);
	CHECK(clock_gettime(CLOCK_REALTIME, &ts) == 0);
	CHECK(gettimeofday(&tv, 0) == 0);
	CHECK(tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	CHECK(tv.tv_sec - ts.tv_sec >= 0 && tv.tv_sec - ts.tv_sec <= 1);
}

int main(int argc, char **argv)
{
	struct timespec ts = { 0, 1000000000L };

	CHECK(argc == 2);
	check_monotonic();
	check_wall(argc == 2 ? atoll(argv[1]) : 0);
	check_sleep("nanosleep", timed_ms(do_nanosleep, 50), 50);
	check_sleep("usleep", timed_ms(do_usleep, 20), 20);
	check_sleep("sleep", timed_ms(do_sleep, 1), 1000);
	check_sleep("nanosleep", timed_ms(do_nanosleep, 0), 0);
	errno = 0;
	CHECK(nanosleep(&ts, 0) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(clock_gettime(42, &ts) == -1 && errno == EINVAL);
	if (fails)
		return 1;
	printf("SUCCESS\n");
	return 0;
}

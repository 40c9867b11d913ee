/* newlib's time functions on the platform clock (glue/time.c): time,
 * gettimeofday, clock_gettime, nanosleep/usleep, and newlib's own gmtime_r
 * and mktime on top. The wall clock is within -UK_TEST_WALL_BEHIND_MAX_S..+UK_TEST_WALL_AHEAD_MAX_S
 * of the host's (taken before the boot: see nolibc's test_time.c); a 50 ms
 * sleep lasts 50 ms to 50 + UK_TEST_LATE_MAX_MS (uk/test.h).
 * Link with the options: --libc newlib
 * Run with the arguments: {hosttime} */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <uk/test.h>

/* Linux's numbers (patches/0006), declared since patches/0018. */
_Static_assert(CLOCK_MONOTONIC == 1 && CLOCK_REALTIME == 0,
	       "newlib's clock ids are Linux's");

static long long mono_ms(void)
{
	struct timespec ts;

	CHECK(clock_gettime(CLOCK_MONOTONIC, &ts) == 0);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

int main(int argc, char **argv)
{
	long long host = argc == 2 ? atoll(argv[1]) : 0, t0, took;
	time_t now = time(NULL), y2038 = 2147483648LL;
	struct timeval tv;
	struct tm tm;

	printf("wall clock %lld, host %lld\n", (long long)now, host);
	CHECK(argc == 2);
	CHECK(now - host >= -UK_TEST_WALL_BEHIND_MAX_S &&
	      now - host <= UK_TEST_WALL_AHEAD_MAX_S);
	CHECK(gettimeofday(&tv, NULL) == 0 && tv.tv_sec - now <= 1);
	t0 = mono_ms();
	CHECK(usleep(50000) == 0);
	took = mono_ms() - t0;
	printf("usleep 50 ms: took %lld ms\n", took);
	CHECK(took >= 50 && took < 50 + UK_TEST_LATE_MAX_MS);
	CHECK(gmtime_r(&y2038, &tm) && tm.tm_year == 138 && tm.tm_mon == 0 &&
	      tm.tm_mday == 19 && tm.tm_hour == 3 && tm.tm_sec == 8);
	errno = 0;
	CHECK(clock_gettime(99, (struct timespec *)&tv) == -1 &&
	      errno == EINVAL);
	if (fails)
		return 1;
	printf("SUCCESS\n");
	return 0;
}

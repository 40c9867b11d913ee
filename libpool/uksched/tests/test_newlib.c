/* The same two guarantees with newlib as the libc: errno is per thread
 * (uksched swaps newlib's, behind __errno()), and nanosleep sleeps only
 * the calling thread (newlib's glue, libpool/newlib/glue/time.c).
 * Link with the options: --libc newlib */
#include <errno.h>
#include <stdio.h>
#include <time.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/test.h>

/* newlib's time.h declares it only for some targets (as the glue says). */
int nanosleep(const struct timespec *req, struct timespec *rem);

static volatile int done;
static volatile unsigned long count;

static void *counter(void *arg)
{
	(void)arg;
	CHECK(errno == 0);
	errno = 11;
	while (!done) {
		count++;
		uk_thread_yield();
		CHECK(errno == 11);
	}
	return 0;
}

int main(void)
{
	struct timespec ts = { 0, 50000000L };
	struct uk_thread *t;
	unsigned long c0;

	errno = 22;
	CHECK(uk_thread_create(&t, 0, counter, 0) == 0);
	uk_thread_yield();
	CHECK(errno == 22);
	c0 = count;
	CHECK(nanosleep(&ts, 0) == 0);
	/* before printf: its first use of stdout asks isatty, which sets
	 * errno (ENOTTY) when stdout is a pipe, as glibc's does */
	CHECK(errno == 22);
	printf("nanosleep 50 ms: the other thread counted %lu\n", count - c0);
	CHECK(count - c0 > 10);
	done = 1;
	CHECK(uk_thread_join(t, 0) == 0);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

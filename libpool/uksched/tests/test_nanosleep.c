/* nanosleep, usleep and sleep put only the calling thread to sleep: while
 * main sleeps 50 ms (each way), a thread that counts and yields keeps
 * counting. Before threads, nanosleep halted the whole CPU and the count
 * stayed still. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/test.h>

#define MS	1000000ULL

static volatile int done;
static volatile unsigned long count;

static void *counter(void *arg)
{
	(void)arg;
	while (!done) {
		count++;
		uk_thread_yield();
	}
	return 0;
}

static void check_sleep(const char *how, int kind)
{
	struct timespec ts = { 0, 50 * MS };
	unsigned long long t0 = ukplat_monotonic_clock(), dt;
	unsigned long c0 = count;

	if (kind == 0)
		CHECK(nanosleep(&ts, 0) == 0);
	else
		CHECK(usleep(50000) == 0);
	dt = ukplat_monotonic_clock() - t0;
	printf("%s 50 ms: slept %llu ms, the other thread counted %lu\n",
	       how, dt / MS, count - c0);
	CHECK(dt >= 50 * MS);
	CHECK(count - c0 > 10);
}

int main(void)
{
	struct uk_thread *t;

	CHECK(uk_thread_create(&t, 0, counter, 0) == 0);
	check_sleep("nanosleep", 0);
	check_sleep("usleep", 1);
	done = 1;
	CHECK(uk_thread_join(t, 0) == 0);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

/* Sleep: three threads sleep 40, 10 and 25 ms and must wake in deadline
 * order, never early and at most UK_TEST_LATE_MAX_MS late (uk/test.h: a
 * loaded host under QEMU TCG is slow to deliver timers); main sleeps while
 * they do. Every platform has a monotonic clock (docs/time.md): without
 * one the test fails (after checking that sleeping says -ENOTSUP) rather
 * than pass with nothing slept. */
#include <errno.h>
#include <stdio.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/test.h>

#define MS		1000000ULL
#define LATE_MAX	(UK_TEST_LATE_MAX_MS * MS)

static unsigned long long t0;
static int order[3], norder;

static void *sleeper(void *arg)
{
	unsigned long long d = (unsigned long long)(long)arg * MS, late;

	CHECK(uk_thread_sleep_ns(d) == 0);
	late = ukplat_monotonic_clock() - t0;
	CHECK(late >= d);
	late -= d;
	CHECK(late <= LATE_MAX);
	printf("slept %llu ms, late by %llu us\n", d / MS, late / 1000);
	order[norder++] = (int)(long)arg;
	return 0;
}

int main(void)
{
	struct uk_thread *t[3];
	static const long ms[3] = { 40, 10, 25 };
	int i;

	if (!ukplat_monotonic_clock) {
		CHECK(uk_thread_sleep_ns(MS) == -ENOTSUP);
		printf("FAIL: no monotonic clock on this platform\n");
		return 1;
	}
	t0 = ukplat_monotonic_clock();
	for (i = 0; i < 3; i++)
		CHECK(uk_thread_create(&t[i], 0, sleeper, (void *)ms[i]) == 0);
	CHECK(uk_thread_sleep_ns(5 * MS) == 0);
	CHECK(ukplat_monotonic_clock() - t0 >= 5 * MS);
	for (i = 0; i < 3; i++)
		CHECK(uk_thread_join(t[i], 0) == 0);
	CHECK(norder == 3 && order[0] == 10 && order[1] == 25 &&
	      order[2] == 40);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

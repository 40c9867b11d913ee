/* Sleep: three threads, created in the order 40, 10, 25, sleep until
 * start + 40, + 10 and + 25 ms (times a round's scale) and must wake in
 * deadline order, never early and at most UK_TEST_LATE_MAX_MS late
 * (uk/test.h: a loaded host under QEMU TCG is slow to deliver timers);
 * main sleeps while they do. Every platform has a monotonic clock
 * (docs/time.md): without one the test fails (after checking that
 * sleeping says -ENOTSUP) rather than pass with nothing slept.
 *
 * The order says something only if all three were asleep before the
 * first deadline: a host that stops the guest between two threads' first
 * runs (seen: 15 ms, arm64-linuxu at load 10) lets an early deadline pass
 * before a thread is even registered. Such a round is run again with
 * sleeps five times longer; three rounds that never get the three asleep
 * in time fail. */
#include <errno.h>
#include <stdio.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/test.h>

#define MS		1000000ULL
#define LATE_MAX	(UK_TEST_LATE_MAX_MS * MS)
#define ROUNDS		3

static unsigned long long t0, scale, last_asleep;
static int order[3], norder;

static void *sleeper(void *arg)
{
	unsigned long long deadline = t0 + (unsigned long long)(long)arg *
					  scale * MS, now;

	/* Cooperative: nothing runs between this read and the thread's
	 * entry in the sleep list, so no deadline can be found due in
	 * between. */
	now = ukplat_monotonic_clock();
	if (now > last_asleep)
		last_asleep = now;
	CHECK(uk_thread_sleep_until(deadline) == 0);
	now = ukplat_monotonic_clock();
	CHECK(now >= deadline);
	CHECK(now - deadline <= LATE_MAX);
	order[norder++] = (int)(long)arg;
	return 0;
}

int main(void)
{
	struct uk_thread *t[3];
	static const long ms[3] = { 40, 10, 25 };
	int i, round;

	if (!ukplat_monotonic_clock) {
		CHECK(uk_thread_sleep_ns(MS) == -ENOTSUP);
		printf("FAIL: no monotonic clock on this platform\n");
		return 1;
	}
	for (round = 0, scale = 1; round < ROUNDS; round++, scale *= 5) {
		norder = 0;
		last_asleep = 0;
		t0 = ukplat_monotonic_clock();
		for (i = 0; i < 3; i++)
			CHECK(uk_thread_create(&t[i], 0, sleeper,
					       (void *)ms[i]) == 0);
		CHECK(uk_thread_sleep_ns(5 * MS) == 0);
		CHECK(ukplat_monotonic_clock() - t0 >= 5 * MS);
		for (i = 0; i < 3; i++)
			CHECK(uk_thread_join(t[i], 0) == 0);
		CHECK(norder == 3);
		if (last_asleep < t0 + 10 * scale * MS)
			break;
		printf("round %d: the last sleeper was registered %llu us "
		       "after the start, past the first deadline: again with "
		       "longer sleeps\n", round + 1, (last_asleep - t0) / 1000);
	}
	if (round == ROUNDS) {
		fails++;
		printf("FAIL: in %d rounds the three sleepers were never "
		       "all asleep before the first deadline\n", ROUNDS);
	} else {
		printf("woke in the order %d %d %d ms (sleeps x%llu)\n",
		       order[0], order[1], order[2], scale);
		CHECK(order[0] == 10 && order[1] == 25 && order[2] == 40);
	}
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

/* Pre-emption: a thread that spins without yielding does not starve
 * another one, which must get to run and set the flag the spinner waits
 * for; and threads that never yield keep a mutex-protected counter exact.
 * The platform must have the tick (ukplat_tick_set) and the clock: on
 * kvm and linuxu their absence is a failure.
 * Link with the options: --lib ukschedpreempt
 * Platforms: kvm linuxu (xen has no tick yet: docs/time.md). */
#include <stdio.h>
#include <uk/mutex.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/test.h>

static volatile int flag;
static volatile unsigned long spins;

static void *spinner(void *arg)
{
	unsigned long long end = ukplat_monotonic_clock() + 5000000000ULL;

	(void)arg;
	while (!flag && ukplat_monotonic_clock() < end)
		spins++;
	return (void *)(long)flag;
}

static void *setter(void *arg)
{
	(void)arg;
	flag = 1;
	return 0;
}

static struct uk_mutex m = UK_MUTEX_INIT;
static volatile long counter;

static void *adder(void *arg)
{
	long i, v;
	volatile int k;

	(void)arg;
	for (i = 0; i < 20000; i++) {
		uk_mutex_lock(&m);
		v = counter;
		for (k = 0; k < 50; k++)	/* widen the window */
			;
		counter = v + 1;
		uk_mutex_unlock(&m);
	}
	return 0;
}

int main(void)
{
	struct uk_thread *s, *t, *a[3];
	void *r;
	int i;

	if (!ukplat_tick_set || !ukplat_monotonic_clock) {
		printf("FAIL: no tick or no clock on this platform\n");
		return 1;
	}
	CHECK(uk_thread_create(&s, 0, spinner, 0) == 0);
	CHECK(uk_thread_create(&t, 0, setter, 0) == 0);
	CHECK(uk_thread_join(s, &r) == 0 && uk_thread_join(t, 0) == 0);
	CHECK(r == (void *)1L);
	printf("spinner saw the flag after %lu spins\n", spins);
	for (i = 0; i < 3; i++)
		CHECK(uk_thread_create(&a[i], 0, adder, 0) == 0);
	for (i = 0; i < 3; i++)
		CHECK(uk_thread_join(a[i], 0) == 0);
	CHECK(counter == 60000);
	printf("counter %ld\n", counter);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

/* ukschedpreempt on a platform without a tick (xen, docs/time.md): the
 * scheduler says so once on the console (test_fallback.expect) and falls
 * back to cooperative scheduling: threads still run, in round-robin
 * order, switching where they yield or block.
 * Link with the options: --lib ukschedpreempt
 * Platforms: xen (kvm and linuxu have the tick: test_preempt.c). */
#include <stdio.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/test.h>

static char trace[32];
static int ntrace;

static void *worker(void *arg)
{
	int i;

	for (i = 0; i < 3; i++) {
		if (ntrace < (int)sizeof(trace) - 1)
			trace[ntrace++] = (char)(long)arg;
		uk_thread_yield();
	}
	return arg;
}

int main(void)
{
	struct uk_thread *a, *b;
	void *ra = 0, *rb = 0;

	CHECK(!ukplat_tick_set);
	CHECK(uk_thread_create(&a, 0, worker, (void *)'a') == 0);
	CHECK(uk_thread_create(&b, 0, worker, (void *)'b') == 0);
	CHECK(uk_thread_join(a, &ra) == 0 && ra == (void *)'a');
	CHECK(uk_thread_join(b, &rb) == 0 && rb == (void *)'b');
	printf("trace %s\n", trace);
	/* Strict alternation: only yields switched (no tick in between). */
	CHECK(ntrace == 6);
	CHECK(trace[0] == 'a' && trace[1] == 'b' && trace[2] == 'a' &&
	      trace[3] == 'b' && trace[4] == 'a' && trace[5] == 'b');
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

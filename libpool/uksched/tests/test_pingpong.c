/* Two threads take turns through uk_thread_yield (cooperative order is
 * strict round-robin), then are joined with their return values; a
 * detached thread runs and is freed; join errors. */
#include <errno.h>
#include <stdio.h>
#include <uk/sched.h>

#define ROUNDS 1000

static int turn, fails;
static char trace[16];
static int ntrace;

static void *player(void *arg)
{
	int me = (int)(long)arg, i;

	for (i = 0; i < ROUNDS; i++) {
		if (turn != me) {
			if (fails++ < 5)
				printf("FAIL: player %d ran out of turn at %d\n",
				       me, i);
		}
		turn = !me;
		if (ntrace < 8)
			trace[ntrace++] = 'a' + me;
		uk_thread_yield();
	}
	return (void *)(long)(100 + me);
}

static int detached_ran;

static void *detached(void *arg)
{
	(void)arg;
	detached_ran = 1;
	return 0;
}

int main(void)
{
	struct uk_thread *a, *b;
	struct uk_thread_attr da = { .detached = 1, .name = "detached" };
	void *ra, *rb;

	if (uk_thread_create(&a, 0, player, (void *)0L) ||
	    uk_thread_create(&b, 0, player, (void *)1L)) {
		printf("FAIL: create\nFAILURE\n");
		return 1;
	}
	if (uk_thread_join(a, &ra) || uk_thread_join(b, &rb))
		fails++, printf("FAIL: join\n");
	if ((long)ra != 100 || (long)rb != 101)
		fails++, printf("FAIL: values %ld %ld\n", (long)ra, (long)rb);
	trace[ntrace] = 0;
	printf("order %s\n", trace);
	if (uk_thread_join(uk_thread_current(), 0) != -EDEADLK)
		fails++, printf("FAIL: self join\n");
	if (uk_thread_create(0, &da, detached, 0))
		fails++, printf("FAIL: create detached\n");
	uk_thread_yield();
	if (!detached_ran)
		fails++, printf("FAIL: detached thread did not run\n");
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

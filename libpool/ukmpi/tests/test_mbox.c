/* Mailboxes: producer/consumer through a 3-slot mailbox (order kept,
 * the producer blocks when full), non-blocking post/fetch at the edges,
 * and a fetch deadline. Every platform has a monotonic clock
 * (docs/time.md): without one the test fails, after checking that a
 * deadline is refused, rather than pass with the deadline untested. */
#include <errno.h>
#include <stdio.h>
#include <uk/mbox.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/test.h>

#define ITEMS	3000

static struct uk_mbox *mb;
static int max_count;

static void *producer(void *arg)
{
	long i;

	(void)arg;
	for (i = 1; i <= ITEMS; i++) {
		uk_mbox_post(mb, (void *)i);
		if (mb->count > (size_t)max_count)
			max_count = (int)mb->count;
	}
	uk_mbox_post(mb, 0);	/* end */
	return 0;
}

static void *consumer(void *arg)
{
	long last = 0, n = 0;
	void *m;

	(void)arg;
	for (;;) {
		uk_mbox_fetch(mb, &m);
		if (!m)
			break;
		CHECK((long)m == last + 1);
		last = (long)m;
		if (++n % 5 == 0)
			uk_thread_yield();
	}
	return (void *)n;
}

int main(void)
{
	struct uk_thread *p, *c;
	void *slots[2], *m, *n;
	struct uk_mbox small;
	unsigned long long t0;
	int r;

	mb = uk_mbox_create(3);
	CHECK(mb != 0);
	if (!mb)
		return 1;
	CHECK(uk_thread_create(&c, 0, consumer, 0) == 0);
	CHECK(uk_thread_create(&p, 0, producer, 0) == 0);
	CHECK(uk_thread_join(p, 0) == 0 && uk_thread_join(c, &n) == 0);
	CHECK((long)n == ITEMS);
	CHECK(max_count == 3);
	printf("mailbox: %ld messages, at most %d queued\n", (long)n,
	       max_count);
	uk_mbox_free(mb);

	CHECK(uk_mbox_init(&small, slots, 0) == -EINVAL);
	CHECK(uk_mbox_init(&small, slots, 2) == 0);
	CHECK(uk_mbox_fetch_try(&small, &m) == -EAGAIN);
	CHECK(uk_mbox_post_try(&small, (void *)1L) == 0);
	CHECK(uk_mbox_post_try(&small, (void *)2L) == 0);
	CHECK(uk_mbox_post_try(&small, (void *)3L) == -EAGAIN);
	CHECK(uk_mbox_fetch_try(&small, &m) == 0 && m == (void *)1L);
	CHECK(uk_mbox_fetch_try(&small, &m) == 0 && m == (void *)2L);

	if (ukplat_monotonic_clock) {
		t0 = ukplat_monotonic_clock();
		r = uk_mbox_fetch_until(&small, &m, t0 + 20000000ULL);
		CHECK(r == -ETIMEDOUT);
		CHECK(ukplat_monotonic_clock() >= t0 + 20000000ULL);
		printf("fetch deadline: %d after %llu us\n", r,
		       (ukplat_monotonic_clock() - t0) / 1000);
	} else {
		CHECK(uk_mbox_fetch_until(&small, &m, 1) == -ENOTSUP);
		printf("FAIL: no monotonic clock on this platform\n");
		fails++;
	}
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

/* An interrupt's wake that comes while the scheduler is about to idle is
 * not lost. The window: nothing is ready, the idle loop has delivered the
 * wakes handlers left (_uksched_irq_deliver) and goes on to halt; a
 * handler that runs then finds the pre-emption counter raised and only
 * leaves a note, which the halt must not sleep through (sched.c idle,
 * ukplat_halt_to_unless). A real interrupt lands there by timing luck
 * only, so this test brings its own scheduling policy (the application's
 * definitions come before the pool's ukschedcoop), a FIFO whose
 * uk_sched_policy_next() is called in exactly that window: once armed, the
 * first time it has nothing to run it calls uk_waitq_irq_wake() as a
 * handler would, with the counter raised, after the delivery, before the
 * halt. The main thread waits for that wake with no deadline; the only
 * other wake source is a watchdog thread asleep for WATCHDOG_MS. If the
 * halt sleeps through the note, the watchdog's deadline ends it and the
 * watchdog runs first (sleepers are made ready before the delivery) and
 * fails the test; with the note seen, the main thread runs at once and
 * ends the test long before.
 * Then the wait itself, with no note: main waits again while a thread
 * sleeps WAKER_MS and then wakes it; the idle loop must wait for that
 * deadline in the platform (linuxu: ppoll with a signal mask), not spin:
 * a correct wait takes one turn of the loop, a few if the timer fires a
 * little early; a wait that returns at once takes thousands. */
#include <stdlib.h>
#include <uk/sched_impl.h>
#include <uk/test.h>

/* Ten times the suite's bound on a late wake-up: a false failure needs
 * a vCPU stalled that long between two turns of the idle loop. */
#define WATCHDOG_MS	(10ULL * UK_TEST_LATE_MAX_MS)

/* Phase two's sleep, and the most turns of the idle loop it may take. */
#define WAKER_MS	50ULL
#define ROUNDS_MAX	100

static struct uk_runq rq;
static struct uk_waitq_irq irq;
static int armed, fired;
static unsigned long rounds;	/* uk_sched_policy_next with nothing */
static volatile int woken;

void uk_sched_policy_ready(struct uk_thread *t)
{
	uk_runq_push(&rq, t);
}

struct uk_thread *uk_sched_policy_next(void)
{
	struct uk_thread *t = uk_runq_pop(&rq);

	if (!t)
		rounds++;
	if (!t && armed) {
		armed = 0;
		fired++;
		uk_waitq_irq_wake(&irq);
	}
	return t;
}

void uk_sched_policy_start(void)
{
}

static void *watchdog(void *arg)
{
	(void)arg;
	uk_thread_sleep_ns(WATCHDOG_MS * 1000000ULL);
	if (!woken) {
		printf("FAIL: the wake came in the idle loop's window and was "
		       "lost: the waiter slept until the watchdog's deadline\n");
		printf("FAILURE\n");
		exit(1);
	}
	return 0;
}

static void *waker(void *arg)
{
	(void)arg;
	uk_thread_sleep_ns(WAKER_MS * 1000000ULL);
	uk_waitq_irq_wake(&irq);	/* from a thread: delivered at once */
	return 0;
}

int main(void)
{
	struct uk_thread *t, *w;
	int r;

	uk_waitq_irq_init(&irq);
	CHECK(uk_thread_create(&t, 0, watchdog, 0) == 0);
	uk_thread_yield();	/* the watchdog goes to sleep */

	uk_preempt_disable();
	armed = 1;
	r = uk_waitq_wait(&irq.wq, 0);
	uk_preempt_enable();
	woken = 1;

	CHECK(r == 0);		/* woken, not timed out */
	CHECK(fired == 1);	/* the wake came from the window */
	CHECK(!armed);

	CHECK(uk_thread_create(&w, 0, waker, 0) == 0);
	uk_preempt_disable();
	rounds = 0;
	r = uk_waitq_wait(&irq.wq, 0);
	uk_preempt_enable();
	CHECK(r == 0);
	CHECK(rounds >= 1);	/* it did idle */
	if (rounds > ROUNDS_MAX && fails++ < 10)
		printf("FAIL: %lu turns of the idle loop in a %llu ms wait: "
		       "the platform's wait does not wait\n", rounds,
		       WAKER_MS);
	CHECK(uk_thread_join(w, 0) == 0);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails ? 1 : 0;
}

/* Interrupts on linuxu (uk/plat/irq.h): the line is file descriptor 0,
 * a pipe the test writes to step by step. A thread waits on a
 * uk_waitq_irq the handler wakes; masked, the handler does not run, and
 * runs once at unmask; unregistered, never. Each step prints a line the
 * test waits for before it writes the next byte
 * (tests/linuxu/test_linuxu_irq.py). */
#include <stdio.h>
#include <uk/plat/console.h>
#include <uk/plat/irq.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/waitq.h>

static volatile int runs;
static struct uk_waitq_irq wq;

static int on_input(void *arg)
{
	(void)arg;
	runs++;
	uk_waitq_irq_wake(&wq);
	return UKPLAT_IRQ_HANDLED;
}

static void wait_runs(int n)
{
	uk_preempt_disable();
	while (runs < n)
		uk_waitq_wait(&wq.wq, 0);
	uk_preempt_enable();
}

static void say(const char *s)
{
	printf("%s\n", s);
	fflush(stdout);
}

static char take(void)
{
	char c = '?';

	while (ukplat_cink(&c, 1) == 0)
		;
	return c;
}

int main(void)
{
	char c;

	uk_waitq_irq_init(&wq);
	if (ukplat_irq_register(0, 0, on_input, 0)) {
		say("FAIL register");
		return 1;
	}
	say("ready");
	wait_runs(1);
	c = take();
	printf("got %c after %d run\n", c, runs);
	ukplat_irq_mask(0);
	say("masked");
	/* The byte's signal comes before the byte can be read: once take()
	 * has it, the masked line has an event pending, however late the
	 * test wrote. */
	c = take();
	printf("while masked %d, got %c\n", runs - 1, c);
	ukplat_irq_unmask(0);
	printf("unmasked %d\n", runs - 1);
	if (ukplat_irq_unregister(0, on_input, 0) ||
	    ukplat_irq_unregister(0, on_input, 0) != -2) {
		say("FAIL unregister");
		return 1;
	}
	say("unregistered");
	/* A byte now must not run the handler; take() waits for it. */
	uk_thread_sleep_ns(300000000ULL);
	printf("after %d, got %c\n", runs - 2, take());
	return 0;
}

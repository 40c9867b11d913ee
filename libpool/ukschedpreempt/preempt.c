/* Pre-emptive round-robin: the FIFO of ukschedcoop, and a tick that asks
 * uksched to switch (uk/sched_impl.h, uk/plat/time.h). */
#include <uk/config.h>
#include <uk/plat/time.h>
#include <uk/print.h>
#include <uk/sched_impl.h>

static struct uk_runq rq;

void uk_sched_policy_ready(struct uk_thread *t)
{
	uk_runq_push(&rq, t);
}

struct uk_thread *uk_sched_policy_next(void)
{
	return uk_runq_pop(&rq);
}

static void tick(void *arg)
{
	(void)arg;
	uk_sched_tick();
}

void uk_sched_policy_start(void)
{
	unsigned long long period =
		(unsigned long long)UK_OPT(UKSCHEDPREEMPT_SLICE_US) * 1000;
	int r = ukplat_tick_set ? ukplat_tick_set(period, tick, 0) : -1;

	if (r < 0)
		uk_pr_warn("no timer tick on this platform (%d): threads switch only when they yield or block\n",
			   r);
}

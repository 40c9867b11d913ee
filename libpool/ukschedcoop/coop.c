/* Cooperative round-robin: one FIFO of ready threads (uk/sched_impl.h). */
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

/* Nothing to start: threads switch only when they call the scheduler. */
void uk_sched_policy_start(void)
{
}

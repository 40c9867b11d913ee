/* Cooperative round-robin: one FIFO of ready threads (uk/sched_impl.h). */
#include <uk/sched_impl.h>

static struct uk_thread *head, *tail;

void uk_sched_policy_ready(struct uk_thread *t)
{
	t->rq_next = 0;
	if (tail)
		tail->rq_next = t;
	else
		head = t;
	tail = t;
}

struct uk_thread *uk_sched_policy_next(void)
{
	struct uk_thread *t = head;

	if (t) {
		head = t->rq_next;
		if (!head)
			tail = 0;
	}
	return t;
}

/* Nothing to start: threads switch only when they call the scheduler. */
void uk_sched_policy_start(void)
{
}

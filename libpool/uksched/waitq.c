/* Wait queues: FIFO lists of blocked threads (uk/waitq.h). */
#include <errno.h>
#include <uk/assert.h>
#include <uk/plat/time.h>
#include "internal.h"

static void wq_remove(struct uk_waitq *wq, struct uk_thread *t)
{
	if (t->wq_prev)
		t->wq_prev->wq_next = t->wq_next;
	else
		wq->first = t->wq_next;
	if (t->wq_next)
		t->wq_next->wq_prev = t->wq_prev;
	else
		wq->last = t->wq_prev;
	t->wq = 0;
}

void _uksched_wake(struct uk_thread *t, int woken)
{
	if (t->wq)
		wq_remove(t->wq, t);
	_uksched_sleep_remove(t);
	t->woken = woken;
	t->state = UK_THREAD_READY;
	uk_sched_policy_ready(t);
}

int uk_waitq_wait(struct uk_waitq *wq, unsigned long long deadline)
{
	struct uk_thread *self = _uksched_self();

	UK_ASSERT(uk_sched_preempt_count > 0);
	if (deadline && !ukplat_monotonic_clock)
		return -ENOTSUP;
	self->wq = wq;
	self->wq_next = 0;
	self->wq_prev = wq->last;
	if (wq->last)
		wq->last->wq_next = self;
	else
		wq->first = self;
	wq->last = self;
	if (deadline)
		_uksched_sleep_add(self, deadline);
	self->state = UK_THREAD_BLOCKED;
	_uksched_schedule();
	return self->woken ? 0 : -ETIMEDOUT;
}

int uk_waitq_wake_one(struct uk_waitq *wq)
{
	if (!wq->first)
		return 0;
	_uksched_wake(wq->first, 1);
	return 1;
}

int uk_waitq_wake_all(struct uk_waitq *wq)
{
	int n = 0;

	while (wq->first) {
		_uksched_wake(wq->first, 1);
		n++;
	}
	return n;
}

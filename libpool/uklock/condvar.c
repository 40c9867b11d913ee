/* Condition variables (uk/condvar.h). */
#include <errno.h>
#include <uk/condvar.h>
#include "internal.h"

void uk_condvar_init(struct uk_condvar *c)
{
	uk_waitq_init(&c->wq);
}

int uk_condvar_wait_until(struct uk_condvar *c, struct uk_mutex *m,
			  unsigned long long deadline)
{
	unsigned int depth;
	int r;

	uk_preempt_disable();
	if (m->owner != uk_thread_current()) {
		uk_preempt_enable();
		return -EPERM;
	}
	/* A recursive mutex is released whole and retaken as deep. */
	depth = m->depth;
	_uklock_mutex_release(m);
	r = uk_waitq_wait(&c->wq, deadline);
	_uklock_mutex_acquire(m);
	m->depth = depth;
	uk_preempt_enable();
	return r;
}

int uk_condvar_wait(struct uk_condvar *c, struct uk_mutex *m)
{
	return uk_condvar_wait_until(c, m, 0);
}

void uk_condvar_signal(struct uk_condvar *c)
{
	uk_preempt_disable();
	uk_waitq_wake_one(&c->wq);
	uk_preempt_enable();
}

void uk_condvar_broadcast(struct uk_condvar *c)
{
	uk_preempt_disable();
	uk_waitq_wake_all(&c->wq);
	uk_preempt_enable();
}

/* Mutexes with FIFO hand-off (uk/mutex.h). */
#include <errno.h>
#include "internal.h"

void uk_mutex_init(struct uk_mutex *m, int recursive)
{
	m->owner = 0;
	m->depth = 0;
	m->recursive = recursive;
	uk_waitq_init(&m->wq);
}

void _uklock_mutex_acquire(struct uk_mutex *m)
{
	struct uk_thread *self = uk_thread_current();

	if (!m->owner) {
		m->owner = self;
		m->depth = 1;
		return;
	}
	/* The unlocker makes us the owner before waking us. */
	while (m->owner != self)
		uk_waitq_wait(&m->wq, 0);
	m->depth = 1;
}

void _uklock_mutex_release(struct uk_mutex *m)
{
	m->depth = 0;
	m->owner = m->wq.first;
	if (m->owner)
		uk_waitq_wake_one(&m->wq);
}

int uk_mutex_lock(struct uk_mutex *m)
{
	struct uk_thread *self = uk_thread_current();
	int r = 0;

	uk_preempt_disable();
	if (m->owner == self) {
		if (m->recursive)
			m->depth++;
		else
			r = -EDEADLK;
	} else {
		_uklock_mutex_acquire(m);
	}
	uk_preempt_enable();
	return r;
}

int uk_mutex_trylock(struct uk_mutex *m)
{
	struct uk_thread *self = uk_thread_current();
	int r = 0;

	uk_preempt_disable();
	if (!m->owner) {
		m->owner = self;
		m->depth = 1;
	} else if (m->owner == self && m->recursive) {
		m->depth++;
	} else {
		r = -EBUSY;
	}
	uk_preempt_enable();
	return r;
}

int uk_mutex_unlock(struct uk_mutex *m)
{
	int r = 0;

	uk_preempt_disable();
	if (m->owner != uk_thread_current())
		r = -EPERM;
	else if (--m->depth == 0)
		_uklock_mutex_release(m);
	uk_preempt_enable();
	return r;
}

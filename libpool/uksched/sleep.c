/* The sleep list (ordered by deadline) and uk_thread_sleep_*. */
#include <errno.h>
#include <uk/plat/time.h>
#include "internal.h"

static struct uk_thread *sleepers;

void _uksched_sleep_add(struct uk_thread *t, unsigned long long deadline)
{
	struct uk_thread **pp = &sleepers, *prev = 0;

	while (*pp && (*pp)->deadline <= deadline) {
		prev = *pp;
		pp = &(*pp)->sl_next;
	}
	t->deadline = deadline;
	t->sl_prev = prev;
	t->sl_next = *pp;
	if (*pp)
		(*pp)->sl_prev = t;
	*pp = t;
}

void _uksched_sleep_remove(struct uk_thread *t)
{
	if (!t->deadline)
		return;
	if (t->sl_prev)
		t->sl_prev->sl_next = t->sl_next;
	else
		sleepers = t->sl_next;
	if (t->sl_next)
		t->sl_next->sl_prev = t->sl_prev;
	t->deadline = 0;
}

unsigned long long _uksched_sleep_expire(void)
{
	unsigned long long now;

	if (!sleepers)
		return 0;
	now = ukplat_monotonic_clock();
	while (sleepers && sleepers->deadline <= now)
		_uksched_wake(sleepers, 0);
	return sleepers ? sleepers->deadline : 0;
}

int uk_thread_sleep_until(unsigned long long deadline)
{
	struct uk_thread *self = _uksched_self();

	if (!ukplat_monotonic_clock)
		return -ENOTSUP;
	if (!deadline)
		deadline = 1;	/* 0 means "not sleeping" */
	uk_preempt_disable();
	self->state = UK_THREAD_BLOCKED;
	_uksched_sleep_add(self, deadline);
	_uksched_schedule();
	uk_preempt_enable();
	return 0;
}

int uk_thread_sleep_ns(unsigned long long ns)
{
	if (!ukplat_monotonic_clock)
		return -ENOTSUP;
	return uk_thread_sleep_until(ukplat_monotonic_clock() + ns);
}

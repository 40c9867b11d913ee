/* The switch: picking the next thread, idling, the pre-emption counter. */
#include <uk/assert.h>
#include <uk/plat/time.h>
#include <uk/plat/tls.h>
#include "internal.h"

volatile unsigned int uk_sched_preempt_count;
/* A tick came while the counter was raised. */
static volatile int resched;

struct uk_thread *_uksched_cur;

/* Nothing is ready: wait for the earliest sleeper, with the platform's
 * halt when it has one. Nobody asleep means nobody can ever wake. */
static void idle(unsigned long long until)
{
	if (!until)
		UK_CRASH("deadlock: every thread is blocked\n");
	if (ukplat_halt_to)
		ukplat_halt_to(until);
	else
		while (ukplat_monotonic_clock() < until)
			;
}

void _uksched_schedule(void)
{
	struct uk_thread *prev = _uksched_cur, *next;
	unsigned long long until;

	UK_ASSERT(uk_sched_preempt_count > 0);
	for (;;) {
		until = _uksched_sleep_expire();
		next = uk_sched_policy_next();
		if (next)
			break;
		idle(until);
	}
	resched = 0;
	next->state = UK_THREAD_RUNNING;
	if (next == prev)
		return;
	_uksched_cur = next;
	prev->preempt = uk_sched_preempt_count;
	uk_sched_preempt_count = next->preempt;
	if (next->tlsp != prev->tlsp)
		ukplat_tlsp_set(next->tlsp);
	ukarch_ctx_switch(&prev->ctx, &next->ctx);
	_uksched_reap();
}

void uk_thread_yield(void)
{
	struct uk_thread *self = _uksched_self();

	uk_preempt_disable();
	self->state = UK_THREAD_READY;
	uk_sched_policy_ready(self);
	_uksched_schedule();
	uk_sched_preempt_count--;
}

void uk_preempt_enable(void)
{
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
	UK_ASSERT(uk_sched_preempt_count > 0);
	if (--uk_sched_preempt_count == 0 && resched)
		uk_thread_yield();
}

void uk_sched_tick(void)
{
	if (!_uksched_cur)
		return;
	if (uk_sched_preempt_count) {
		resched = 1;
		return;
	}
	uk_thread_yield();
}

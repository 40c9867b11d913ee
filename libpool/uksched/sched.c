/* The switch: picking the next thread, idling, the pre-emption counter. */
#include <uk/assert.h>
#include <uk/plat/time.h>
#include <uk/plat/tls.h>
#include "internal.h"

volatile unsigned int uk_sched_preempt_count;
/* A tick came while the counter was raised. */
static volatile int resched;

struct uk_thread *_uksched_cur;

/*
 * errno is per thread by swapping: the libc keeps one errno for the image
 * (so images without threads pay nothing), and each switch parks the
 * leaving thread's value in its uk_thread and installs the arriving one's.
 * On one CPU only the running thread touches errno, so that is
 * indistinguishable from per-thread storage (except that &errno is the
 * same address in every thread). Weak: whichever libc is linked provides
 * one of the two (nolibc __errno_location, newlib __errno); the address
 * never changes, so it is looked up once, when the main thread is adopted.
 */
int *__errno_location(void) __attribute__((weak));
int *__errno(void) __attribute__((weak));
int *_uksched_errno;

void _uksched_errno_init(void)
{
	if (__errno_location)
		_uksched_errno = __errno_location();
	else if (__errno)
		_uksched_errno = __errno();
}

/* Nothing is ready: wait for the earliest sleeper, with the platform's
 * halt when it has one. Nobody asleep means nobody can ever wake. */
static void idle(unsigned long long until)
{
	/* Threads waiting for interrupts (uk_waitq_irq) wake on them. */
	if (!until && _uksched_irq_deliver)
		until = ~0ULL;
	if (!until)
		UK_CRASH("deadlock: every thread is blocked\n");
	/* Not ukplat_halt_to: an interrupt handler that runs after the
	 * caller's _uksched_irq_deliver finds the counter raised and only
	 * leaves a note; the platform looks at it with interrupts off and
	 * does not halt then (NULL without uk_waitq_irq: nothing to see). */
	if (ukplat_halt_to_unless)
		ukplat_halt_to_unless(until, &_uksched_irq_pending);
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
		if (_uksched_irq_deliver)
			_uksched_irq_deliver();
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
	if (_uksched_errno) {
		prev->err = *_uksched_errno;
		*_uksched_errno = next->err;
	}
	if (next->tlsp != prev->tlsp)
		ukplat_tlsp_set(next->tlsp);
	ukarch_ctx_switch(&prev->ctx, &next->ctx);
	_uksched_reap();
}

/* Requeues the running thread and runs the next one; pre-emption
 * disabled once by the caller, still disabled on return. */
static void requeue(struct uk_thread *self)
{
	self->state = UK_THREAD_READY;
	uk_sched_policy_ready(self);
	_uksched_schedule();
}

void uk_thread_yield(void)
{
	struct uk_thread *self = _uksched_self();

	uk_preempt_disable();
	requeue(self);
	uk_sched_preempt_count--;
}

void uk_preempt_enable(void)
{
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
	UK_ASSERT(uk_sched_preempt_count > 0);
	/* Wakes interrupt handlers left while the counter was up. */
	if (uk_sched_preempt_count == 1 && _uksched_irq_release) {
		_uksched_irq_release();
		if (resched)
			uk_thread_yield();
		return;
	}
	if (--uk_sched_preempt_count == 0 && resched)
		uk_thread_yield();
}

/*
 * The tick may interrupt anything, itself included (ukplat_tick_set: a
 * call that lasts a period is re-entered), so it raises the counter
 * before it looks at any shared state: a tick nested in this one, or in
 * any section that holds the counter, sees it above its own raise and
 * only leaves a note. Testing the counter and then raising it would leave
 * a window where a nested tick also finds zero and switches, and the
 * outer one, once resumed, would switch a second time with a stale view.
 * The decrement is a plain read-modify-write: a tick between its load and
 * its store either leaves a note (count still 1) or switches away and back,
 * which restores the count this thread had, so the store stays right.
 */
void uk_sched_tick(void)
{
	struct uk_thread *self = _uksched_cur;

	if (!self)
		return;
	uk_preempt_disable();
	if (uk_sched_preempt_count == 1)
		requeue(self);
	else
		resched = 1;
	uk_sched_preempt_count--;
}

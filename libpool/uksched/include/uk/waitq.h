/*
 * Wait queues and the pre-emption counter: what locks and mailboxes
 * (uklock, ukmpi) are built from.
 *
 * Scheduler state changes only while the pre-emption counter is raised:
 * ukschedpreempt's tick switches threads only when it is zero, so code
 * between uk_preempt_disable() and uk_preempt_enable() runs without
 * interleaving on one CPU, under both schedulers, with no platform
 * interrupt masking. A tick that comes while it is raised is remembered,
 * and the switch happens in uk_preempt_enable().
 */
#ifndef __UK_WAITQ_H__
#define __UK_WAITQ_H__

#include <uk/sched.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The counter; touch only through the functions below. */
extern volatile unsigned int uk_sched_preempt_count;

static inline void uk_preempt_disable(void)
{
	uk_sched_preempt_count++;
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
}

/* Lowers the counter; at zero, switches if a tick asked for it. */
void uk_preempt_enable(void);

struct uk_waitq {
	struct uk_thread *first, *last;
};

#define UK_WAITQ_INIT { 0, 0 }

static inline void uk_waitq_init(struct uk_waitq *wq)
{
	wq->first = wq->last = 0;
}

static inline int uk_waitq_empty(const struct uk_waitq *wq)
{
	return !wq->first;
}

/* Blocks the calling thread on @wq until a wake or, if @deadline is not
 * 0, until ukplat_monotonic_clock() >= @deadline. Call with pre-emption
 * disabled (once); it is still disabled on return, and the caller
 * re-checks its condition. Returns 0 when woken, -ETIMEDOUT at the
 * deadline, -ENOTSUP for a deadline without a monotonic clock. */
int uk_waitq_wait(struct uk_waitq *wq, unsigned long long deadline);

/* Makes the first (every) waiter of @wq ready, in order; returns how many.
 * Does not switch. Call with pre-emption disabled. */
int uk_waitq_wake_one(struct uk_waitq *wq);
int uk_waitq_wake_all(struct uk_waitq *wq);

/*
 * A wait queue that interrupt handlers may wake (uk/plat/irq.h: the one
 * scheduler call a handler may make). A driver's thread waits on wq as on
 * any wait queue, re-checking its device after each return:
 *
 *	uk_preempt_disable();
 *	while (!device_ready(d))
 *		uk_waitq_wait(&d->irqwq.wq, 0);
 *	uk_preempt_enable();
 *
 * and the device's interrupt handler calls uk_waitq_irq_wake(&d->irqwq).
 * A wake that comes while the interrupted code holds scheduler state (the
 * pre-emption counter raised: a thread between the check and the wait,
 * or the scheduler's idle loop) is kept in `pending` and delivered as
 * soon as that code lets go (uk_preempt_enable, or the idle loop, which
 * halts only when no such wake is left: ukplat_halt_to_unless), so none
 * is lost. While any uk_waitq_irq
 * exists, a scheduler with every thread blocked halts until an interrupt
 * instead of reporting a deadlock.
 */
struct uk_waitq_irq {
	struct uk_waitq wq;		/* threads wait here */
	volatile int pending;		/* a wake not yet delivered */
	struct uk_waitq_irq *next;	/* uksched's list of them */
};

/* Makes @w ready for use; thread context, once, before the handler that
 * wakes it is registered. */
void uk_waitq_irq_init(struct uk_waitq_irq *w);

/* Makes every thread waiting on @w ready: at once when the interrupted
 * code holds no scheduler state, else as soon as it lets go. Never
 * switches threads; callable from an interrupt handler and from a
 * thread. */
void uk_waitq_irq_wake(struct uk_waitq_irq *w);

#ifdef __cplusplus
}
#endif

#endif /* __UK_WAITQ_H__ */

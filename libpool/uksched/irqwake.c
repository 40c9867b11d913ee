/*
 * Wait queues that interrupt handlers wake (uk/waitq.h, uk/plat/irq.h).
 * A handler only sets flags unless the code it interrupted holds no
 * scheduler state (pre-emption counter 0): then it delivers at once.
 * Otherwise the wake is delivered when that code lets go: sched.c calls
 * _uksched_irq_deliver from uk_preempt_enable and from the idle loop,
 * through a weak reference, so images that never use these carry none of
 * it. The list is changed only in thread context with the counter
 * raised; handlers never walk it.
 */
#include <uk/waitq.h>
#include "internal.h"

static struct uk_waitq_irq *irq_list;
/* Some wake is not delivered yet; sched.c's idle loop halts only while
 * this is 0 (ukplat_halt_to_unless). */
volatile int _uksched_irq_pending;

void uk_waitq_irq_init(struct uk_waitq_irq *w)
{
	uk_waitq_init(&w->wq);
	w->pending = 0;
	uk_preempt_disable();
	w->next = irq_list;
	irq_list = w;
	uk_preempt_enable();
}

int _uksched_irq_deliver(void)
{
	struct uk_waitq_irq *w;
	int n = 0;

	/* A plain load first: nothing is pending in nearly every call
	 * (each uk_preempt_enable to 0 comes here). */
	if (!_uksched_irq_pending ||
	    !__atomic_exchange_n(&_uksched_irq_pending, 0, __ATOMIC_SEQ_CST))
		return 0;
	for (w = irq_list; w; w = w->next)
		if (__atomic_exchange_n(&w->pending, 0, __ATOMIC_SEQ_CST))
			n += uk_waitq_wake_all(&w->wq);
	return n;
}

/* The flag is read after the counter is stored: a handler before the
 * store left a note (delivered on the next round), one after it finds
 * the counter at 0 and delivers itself. The call to deliver only when a
 * note is there: this runs at every lock release (uk_preempt_enable),
 * dozens of times per network round trip, and under emulation a call
 * costs more than the test. */
void _uksched_irq_release(void)
{
	for (;;) {
		if (_uksched_irq_pending)
			_uksched_irq_deliver();
		uk_sched_preempt_count = 0;
		__atomic_signal_fence(__ATOMIC_SEQ_CST);
		if (!_uksched_irq_pending)
			return;
		uk_sched_preempt_count = 1;
	}
}

void uk_waitq_irq_wake(struct uk_waitq_irq *w)
{
	__atomic_store_n(&w->pending, 1, __ATOMIC_SEQ_CST);
	__atomic_store_n(&_uksched_irq_pending, 1, __ATOMIC_SEQ_CST);
	if (uk_sched_preempt_count)
		return;		/* the interrupted code delivers it */
	/* Nothing to switch to from here: raise and lower by hand. */
	uk_sched_preempt_count++;
	_uksched_irq_deliver();
	uk_sched_preempt_count--;
}

/* pthread_once. The control goes 0 -> RUNNING -> DONE; threads that find
 * it RUNNING wait on one queue shared by all controls (a once runs once,
 * so the queue is nearly always empty). */
#include <uk/waitq.h>
#include "internal.h"

#define RUNNING	1
#define DONE	2

static struct uk_waitq waiters = UK_WAITQ_INIT;

int pthread_once(pthread_once_t *once, void (*init)(void))
{
	if (__atomic_load_n(once, __ATOMIC_ACQUIRE) == DONE)
		return 0;
	uk_preempt_disable();
	while (*once == RUNNING)
		uk_waitq_wait(&waiters, 0);
	if (*once == DONE) {
		uk_preempt_enable();
		return 0;
	}
	*once = RUNNING;
	uk_preempt_enable();
	init();
	uk_preempt_disable();
	__atomic_store_n(once, DONE, __ATOMIC_RELEASE);
	uk_waitq_wake_all(&waiters);
	uk_preempt_enable();
	return 0;
}

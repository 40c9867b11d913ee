/* Barriers. Each round has a generation number: the waiters of a round
 * leave when it changes, even if the next round has already begun to
 * fill up behind them. */
#include <errno.h>
#include <string.h>
#include <uk/waitq.h>
#include "internal.h"

#define B(p)	((struct _pthread_barrier *)(p))

int pthread_barrier_init(pthread_barrier_t *pb,
			 const pthread_barrierattr_t *attr, unsigned count)
{
	(void)attr;
	if (!count)
		return EINVAL;
	memset(pb, 0, sizeof(*pb));
	B(pb)->count = B(pb)->left = count;
	return 0;
}

int pthread_barrier_destroy(pthread_barrier_t *pb)
{
	return B(pb)->left != B(pb)->count ? EBUSY : 0;
}

int pthread_barrier_wait(pthread_barrier_t *pb)
{
	struct _pthread_barrier *b = B(pb);
	unsigned long gen;

	uk_preempt_disable();
	gen = b->gen;
	if (--b->left == 0) {
		b->left = b->count;
		b->gen++;
		uk_waitq_wake_all(&b->wq);
		uk_preempt_enable();
		return PTHREAD_BARRIER_SERIAL_THREAD;
	}
	while (b->gen == gen)
		uk_waitq_wait(&b->wq, 0);
	uk_preempt_enable();
	return 0;
}

int pthread_barrierattr_init(pthread_barrierattr_t *attr)
{
	attr->__align = 0;
	return 0;
}

int pthread_barrierattr_destroy(pthread_barrierattr_t *attr)
{
	(void)attr;
	return 0;
}

/* Condition variables: a uk_condvar (uklock) in the pthread_cond_t's
 * storage, used with the uk_mutex of the pthread_mutex_t. */
#include <errno.h>
#include <string.h>
#include <uk/condvar.h>
#include "internal.h"

#define NSEC		1000000000LL

/* struct timespec as glibc and nolibc lay it out on x86_64. */
struct ts {
	long long sec;
	long nsec;
};

int pthread_cond_init(pthread_cond_t *pc, const pthread_condattr_t *attr)
{
	struct _pthread_cond *c = (struct _pthread_cond *)pc;

	memset(pc, 0, sizeof(*pc));
	uk_condvar_init(&c->c);
	c->clock = attr ? attr->__align : 0;
	return 0;
}

int pthread_cond_destroy(pthread_cond_t *pc)
{
	struct _pthread_cond *c = (struct _pthread_cond *)pc;

	return uk_waitq_empty(&c->c.wq) ? 0 : EBUSY;
}

int pthread_cond_wait(pthread_cond_t *pc, pthread_mutex_t *pm)
{
	struct _pthread_cond *c = (struct _pthread_cond *)pc;

	return -uk_condvar_wait(&c->c, &_pthread_mutex_get(pm)->m);
}


int pthread_cond_timedwait(pthread_cond_t *pc, pthread_mutex_t *pm,
			   const struct timespec *abstime)
{
	struct _pthread_cond *c = (struct _pthread_cond *)pc;
	const struct ts *ts = (const struct ts *)abstime;
	unsigned long long d;

	if (ts->nsec < 0 || ts->nsec >= NSEC)
		return EINVAL;
	d = _pthread_deadline(c->clock, ts->sec, ts->nsec);
	if (!d)
		return ENOTSUP;
	return -uk_condvar_wait_until(&c->c, &_pthread_mutex_get(pm)->m, d);
}

int pthread_cond_signal(pthread_cond_t *pc)
{
	uk_condvar_signal(&((struct _pthread_cond *)pc)->c);
	return 0;
}

int pthread_cond_broadcast(pthread_cond_t *pc)
{
	uk_condvar_broadcast(&((struct _pthread_cond *)pc)->c);
	return 0;
}

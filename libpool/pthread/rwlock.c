/*
 * Read-write locks, reader-preferring as glibc's default: a reader enters
 * whenever no writer holds the lock, so a thread may take read locks
 * recursively even while a writer waits. All waiters share one queue and
 * are all woken on each release; each re-checks.
 */
#include <errno.h>
#include <string.h>
#include <uk/sched.h>
#include <uk/waitq.h>
#include "internal.h"

#define RW(p)	((struct _pthread_rwlock *)(p))

int pthread_rwlock_init(pthread_rwlock_t *rw, const pthread_rwlockattr_t *a)
{
	(void)a;
	memset(rw, 0, sizeof(*rw));
	return 0;
}

int pthread_rwlock_destroy(pthread_rwlock_t *rw)
{
	return RW(rw)->writer || RW(rw)->readers ? EBUSY : 0;
}

static int rdlock(struct _pthread_rwlock *l, int wait)
{
	int r = 0;

	uk_preempt_disable();
	if (l->writer && !wait)
		r = EBUSY;
	else if (l->writer == uk_thread_current())
		r = EDEADLK;
	while (!r && l->writer)
		uk_waitq_wait(&l->wq, 0);
	if (!r)
		l->readers++;
	uk_preempt_enable();
	return r;
}

static int wrlock(struct _pthread_rwlock *l, int wait)
{
	struct uk_thread *self = uk_thread_current();
	int r = 0;

	uk_preempt_disable();
	if ((l->writer || l->readers) && !wait)
		r = EBUSY;
	else if (l->writer == self)
		r = EDEADLK;
	while (!r && (l->writer || l->readers))
		uk_waitq_wait(&l->wq, 0);
	if (!r)
		l->writer = self;
	uk_preempt_enable();
	return r;
}

int pthread_rwlock_rdlock(pthread_rwlock_t *rw)
{
	return rdlock(RW(rw), 1);
}

int pthread_rwlock_tryrdlock(pthread_rwlock_t *rw)
{
	return rdlock(RW(rw), 0);
}

int pthread_rwlock_wrlock(pthread_rwlock_t *rw)
{
	return wrlock(RW(rw), 1);
}

int pthread_rwlock_trywrlock(pthread_rwlock_t *rw)
{
	return wrlock(RW(rw), 0);
}

/* A read unlock cannot tell which thread holds a read lock: any thread's
 * unlock releases one, as long as one is held. */
int pthread_rwlock_unlock(pthread_rwlock_t *rw)
{
	struct _pthread_rwlock *l = RW(rw);
	int r = 0;

	uk_preempt_disable();
	if (l->writer == uk_thread_current())
		l->writer = 0;
	else if (!l->writer && l->readers)
		l->readers--;
	else
		r = EPERM;
	if (!r && !l->writer && !l->readers)
		uk_waitq_wake_all(&l->wq);
	uk_preempt_enable();
	return r;
}

int pthread_rwlockattr_init(pthread_rwlockattr_t *attr)
{
	memset(attr, 0, sizeof(*attr));
	return 0;
}

int pthread_rwlockattr_destroy(pthread_rwlockattr_t *attr)
{
	(void)attr;
	return 0;
}

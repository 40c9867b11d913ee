/* POSIX unnamed semaphores: a uk_semaphore (uklock) in the sem_t's
 * storage. errno and -1 on failure, unlike the pthread_* calls. */
#include <errno.h>
#include <semaphore.h>
#include <uk/semaphore.h>
#include "internal.h"

#define NSEC	1000000000L

_Static_assert(sizeof(struct uk_semaphore) <= sizeof(sem_t),
	       "sem_t too small for a uk_semaphore");

/* struct timespec as glibc and nolibc lay it out on x86_64. */
struct ts {
	long long sec;
	long nsec;
};

static int fail(int e)
{
	errno = e;
	return -1;
}

int sem_init(sem_t *sem, int pshared, unsigned int value)
{
	(void)pshared;
	if (value > SEM_VALUE_MAX)
		return fail(EINVAL);
	uk_semaphore_init((struct uk_semaphore *)sem, value);
	return 0;
}

int sem_destroy(sem_t *sem)
{
	(void)sem;
	return 0;
}

int sem_wait(sem_t *sem)
{
	uk_semaphore_down((struct uk_semaphore *)sem);
	return 0;
}

int sem_trywait(sem_t *sem)
{
	return uk_semaphore_down_try((struct uk_semaphore *)sem) ? fail(EAGAIN)
								  : 0;
}

int sem_clockwait(sem_t *sem, int clock, const struct timespec *abstime)
{
	const struct ts *ts = (const struct ts *)abstime;
	unsigned long long d;
	int r;

	if (!uk_semaphore_down_try((struct uk_semaphore *)sem))
		return 0;
	if (ts->nsec < 0 || ts->nsec >= NSEC || (clock != 0 && clock != 1))
		return fail(EINVAL);
	d = _pthread_deadline(clock, ts->sec, ts->nsec);
	if (!d)
		return fail(ENOTSUP);
	r = uk_semaphore_down_until((struct uk_semaphore *)sem, d);
	return r ? fail(-r) : 0;
}

int sem_timedwait(sem_t *sem, const struct timespec *abstime)
{
	return sem_clockwait(sem, 0, abstime);	/* CLOCK_REALTIME */
}

int sem_post(sem_t *sem)
{
	struct uk_semaphore *s = (struct uk_semaphore *)sem;

	if (s->count >= SEM_VALUE_MAX)
		return fail(EOVERFLOW);
	uk_semaphore_up(s);
	return 0;
}

int sem_getvalue(sem_t *sem, int *value)
{
	long c = ((struct uk_semaphore *)sem)->count;

	*value = c > 0 ? (int)c : 0;
	return 0;
}

/*
 * Mutexes, plain and recursive, for threads of uksched (uk/sched.h).
 * Correct under both schedulers: the state changes with the pre-emption
 * counter raised (uk/waitq.h). An unlock with waiters hands the mutex to
 * the first one (FIFO), so a thread that relocks at once cannot starve
 * them. Functions return 0 or a negative errno.
 */
#ifndef __UK_MUTEX_H__
#define __UK_MUTEX_H__

#include <uk/waitq.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_mutex {
	struct uk_thread *owner;
	unsigned int depth;	/* recursive: locks held by the owner */
	int recursive;
	struct uk_waitq wq;
};

#define UK_MUTEX_INIT		{ 0, 0, 0, UK_WAITQ_INIT }
#define UK_MUTEX_INIT_RECURSIVE	{ 0, 0, 1, UK_WAITQ_INIT }

void uk_mutex_init(struct uk_mutex *m, int recursive);

/* Waits until the mutex is free and takes it. -EDEADLK: a plain mutex the
 * caller holds already. */
int uk_mutex_lock(struct uk_mutex *m);

/* Takes the mutex if that needs no wait, else -EBUSY. */
int uk_mutex_trylock(struct uk_mutex *m);

/* Releases it (once, for a recursive mutex). -EPERM: the caller does not
 * hold it. Does not switch. */
int uk_mutex_unlock(struct uk_mutex *m);

#ifdef __cplusplus
}
#endif

#endif /* __UK_MUTEX_H__ */

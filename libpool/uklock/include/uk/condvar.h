/*
 * Condition variables, used with a uk_mutex. Waiters are woken in FIFO
 * order; as everywhere, a woken waiter re-checks its condition. Functions
 * return 0 or a negative errno.
 */
#ifndef __UK_CONDVAR_H__
#define __UK_CONDVAR_H__

#include <uk/mutex.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_condvar {
	struct uk_waitq wq;
};

#define UK_CONDVAR_INIT	{ UK_WAITQ_INIT }

void uk_condvar_init(struct uk_condvar *c);

/* Releases @m (held by the caller, once), waits for a signal, retakes @m.
 * The release and the start of the wait are one step: a signal between
 * them is not lost. -EPERM: the caller does not hold @m. */
int uk_condvar_wait(struct uk_condvar *c, struct uk_mutex *m);

/* The same, giving up at @deadline (ukplat_monotonic_clock()) with
 * -ETIMEDOUT, @m retaken either way. */
int uk_condvar_wait_until(struct uk_condvar *c, struct uk_mutex *m,
			  unsigned long long deadline);

/* Wakes one waiter (all waiters). Do not switch. */
void uk_condvar_signal(struct uk_condvar *c);
void uk_condvar_broadcast(struct uk_condvar *c);

#ifdef __cplusplus
}
#endif

#endif /* __UK_CONDVAR_H__ */

/* Spin locks. On one CPU spinning cannot help the holder finish, so a
 * waiter yields instead: the holder may be a ready thread that this one
 * pre-empted or that yielded while holding the lock. */
#include <errno.h>
#include <uk/sched.h>
#include "internal.h"

int pthread_spin_init(pthread_spinlock_t *l, int pshared)
{
	(void)pshared;
	*l = 0;
	return 0;
}

int pthread_spin_destroy(pthread_spinlock_t *l)
{
	return *l ? EBUSY : 0;
}

int pthread_spin_lock(pthread_spinlock_t *l)
{
	while (__atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE))
		uk_thread_yield();
	return 0;
}

int pthread_spin_trylock(pthread_spinlock_t *l)
{
	return __atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE) ? EBUSY : 0;
}

int pthread_spin_unlock(pthread_spinlock_t *l)
{
	__atomic_store_n(l, 0, __ATOMIC_RELEASE);
	return 0;
}

/*
 * POSIX threads over uksched (docs/pthread.md). The types have glibc's
 * x86_64 sizes and static initializers, so an object compiled with the
 * host's <pthread.h> and one compiled against this header agree: an
 * all-zero mutex, condition variable, read-write lock or once control is
 * a valid initial one. Functions return 0 or a positive errno, as POSIX
 * says.
 *
 * Not provided (a program that calls them fails to link, naming them):
 * cancellation, signals to threads, pthread_atfork, robust mutexes,
 * timed mutex and read-write lock waits, caller-provided stacks,
 * scheduling parameters.
 */
#ifndef _PTHREAD_H
#define _PTHREAD_H

#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct timespec;

typedef unsigned long pthread_t;
typedef unsigned int pthread_key_t;
typedef int pthread_once_t;

typedef union {
	char __size[56];
	long __align;
} pthread_attr_t;

/* __kind is where glibc's PTHREAD_*_MUTEX_INITIALIZER_NP put the type. */
typedef union {
	struct {
		int __pad0[4];
		int __kind;
		int __pad1[5];
	} __data;
	char __size[40];
	long __align;
} pthread_mutex_t;

typedef union {
	char __size[4];
	int __align;
} pthread_mutexattr_t;

typedef union {
	char __size[48];
	long long __align;
} pthread_cond_t;

typedef union {
	char __size[4];
	int __align;
} pthread_condattr_t;

typedef union {
	char __size[56];
	long __align;
} pthread_rwlock_t;

typedef union {
	char __size[8];
	long __align;
} pthread_rwlockattr_t;

typedef union {
	char __size[32];
	long __align;
} pthread_barrier_t;

typedef union {
	char __size[4];
	int __align;
} pthread_barrierattr_t;

typedef volatile int pthread_spinlock_t;

#define PTHREAD_CREATE_JOINABLE		0
#define PTHREAD_CREATE_DETACHED		1

#define PTHREAD_MUTEX_NORMAL		0
#define PTHREAD_MUTEX_RECURSIVE		1
#define PTHREAD_MUTEX_ERRORCHECK	2
#define PTHREAD_MUTEX_DEFAULT		PTHREAD_MUTEX_NORMAL

#define PTHREAD_PROCESS_PRIVATE		0
#define PTHREAD_PROCESS_SHARED		1

#define PTHREAD_MUTEX_INITIALIZER	{ { { 0 }, 0, { 0 } } }
#define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP \
	{ { { 0 }, PTHREAD_MUTEX_RECURSIVE, { 0 } } }
#define PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP \
	{ { { 0 }, PTHREAD_MUTEX_ERRORCHECK, { 0 } } }
#define PTHREAD_COND_INITIALIZER	{ { 0 } }
#define PTHREAD_ONCE_INIT		0
#define PTHREAD_RWLOCK_INITIALIZER	{ { 0 } }
#define PTHREAD_BARRIER_SERIAL_THREAD	(-1)

/* POSIX puts these in <limits.h>; they describe this library. */
#ifndef PTHREAD_KEYS_MAX
#define PTHREAD_KEYS_MAX		128
#endif
#ifndef PTHREAD_DESTRUCTOR_ITERATIONS
#define PTHREAD_DESTRUCTOR_ITERATIONS	4
#endif
#ifndef PTHREAD_STACK_MIN
#define PTHREAD_STACK_MIN		16384
#endif

/*
 * Threads. A created thread first runs when its creator yields, blocks
 * or (ukschedpreempt) is pre-empted. The main thread is a thread like
 * the others; when the last thread exits, the unikernel stops with
 * status 0. pthread_join and pthread_detach: EINVAL when the thread is
 * detached or already being joined, EDEADLK for the caller itself.
 * pthread_create: EAGAIN when out of memory for the thread.
 */
int pthread_create(pthread_t *thread, const pthread_attr_t *attr,
		   void *(*start)(void *arg), void *arg);
void pthread_exit(void *retval) __attribute__((noreturn));
int pthread_join(pthread_t thread, void **retval);
int pthread_detach(pthread_t thread);
pthread_t pthread_self(void);
int pthread_equal(pthread_t a, pthread_t b);

/* Thread attributes: the detach state and the stack size (bytes, at
 * least PTHREAD_STACK_MIN; the default is uksched's UKSCHED_STACK_KB). */
int pthread_attr_init(pthread_attr_t *attr);
int pthread_attr_destroy(pthread_attr_t *attr);
int pthread_attr_setdetachstate(pthread_attr_t *attr, int state);
int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *state);
int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size);
int pthread_attr_getstacksize(const pthread_attr_t *attr, size_t *size);

/*
 * Mutexes: NORMAL (the default), RECURSIVE, ERRORCHECK. Every type
 * reports a relock by the owner with EDEADLK (NORMAL included: a hang
 * would be the alternative) and an unlock by another thread with EPERM.
 * pthread_mutex_trylock: EBUSY; pthread_mutex_destroy: EBUSY if locked.
 * Waiters take the mutex in FIFO order.
 */
int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *attr);
int pthread_mutex_destroy(pthread_mutex_t *m);
int pthread_mutex_lock(pthread_mutex_t *m);
int pthread_mutex_trylock(pthread_mutex_t *m);
int pthread_mutex_unlock(pthread_mutex_t *m);

/* Mutex attributes: the type; process-shared is accepted (a unikernel is
 * one process). */
int pthread_mutexattr_init(pthread_mutexattr_t *attr);
int pthread_mutexattr_destroy(pthread_mutexattr_t *attr);
int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *attr, int *type);
int pthread_mutexattr_setpshared(pthread_mutexattr_t *attr, int pshared);
int pthread_mutexattr_getpshared(const pthread_mutexattr_t *attr,
				 int *pshared);

/*
 * Condition variables. Waiters wake in FIFO order. pthread_cond_wait:
 * EPERM if the caller does not hold the mutex. pthread_cond_timedwait
 * takes an absolute time on the condition's clock (CLOCK_REALTIME unless
 * pthread_condattr_setclock said CLOCK_MONOTONIC): ETIMEDOUT when it has
 * passed, EINVAL for tv_nsec out of range, ENOTSUP where the platform
 * lacks that clock.
 */
int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *attr);
int pthread_cond_destroy(pthread_cond_t *c);
int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m);
int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m,
			   const struct timespec *abstime);
int pthread_cond_signal(pthread_cond_t *c);
int pthread_cond_broadcast(pthread_cond_t *c);

int pthread_condattr_init(pthread_condattr_t *attr);
int pthread_condattr_destroy(pthread_condattr_t *attr);
int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock);
int pthread_condattr_getclock(const pthread_condattr_t *attr,
			      clockid_t *clock);

/*
 * Thread-specific data: PTHREAD_KEYS_MAX keys (EAGAIN past that). At
 * thread exit (return from its start function or pthread_exit, not
 * exit()), each non-NULL value whose key has a destructor is set to NULL
 * and passed to it, up to PTHREAD_DESTRUCTOR_ITERATIONS rounds.
 * pthread_setspecific: EINVAL for a key not created, ENOMEM.
 */
int pthread_key_create(pthread_key_t *key, void (*destructor)(void *));
int pthread_key_delete(pthread_key_t key);
void *pthread_getspecific(pthread_key_t key);
int pthread_setspecific(pthread_key_t key, const void *value);

/* Runs init once per once control, whichever thread comes first; the
 * others wait until it has returned. */
int pthread_once(pthread_once_t *once, void (*init)(void));

/*
 * Read-write locks, reader-preferring (glibc's default): readers enter
 * whenever no writer holds the lock. EDEADLK: a lock the caller holds for
 * writing; the try functions: EBUSY; unlock: EPERM if neither a writer
 * (the caller) nor a reader holds it; destroy: EBUSY while held.
 */
int pthread_rwlock_init(pthread_rwlock_t *rw,
			const pthread_rwlockattr_t *attr);
int pthread_rwlock_destroy(pthread_rwlock_t *rw);
int pthread_rwlock_rdlock(pthread_rwlock_t *rw);
int pthread_rwlock_tryrdlock(pthread_rwlock_t *rw);
int pthread_rwlock_wrlock(pthread_rwlock_t *rw);
int pthread_rwlock_trywrlock(pthread_rwlock_t *rw);
int pthread_rwlock_unlock(pthread_rwlock_t *rw);
int pthread_rwlockattr_init(pthread_rwlockattr_t *attr);
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *attr);

/* Spin locks: a waiter yields to the other threads rather than spin (one
 * CPU). trylock: EBUSY. */
int pthread_spin_init(pthread_spinlock_t *lock, int pshared);
int pthread_spin_destroy(pthread_spinlock_t *lock);
int pthread_spin_lock(pthread_spinlock_t *lock);
int pthread_spin_trylock(pthread_spinlock_t *lock);
int pthread_spin_unlock(pthread_spinlock_t *lock);

/* Barriers of @count threads (EINVAL for 0): the last to arrive gets
 * PTHREAD_BARRIER_SERIAL_THREAD, the others 0. destroy: EBUSY while
 * threads wait. */
int pthread_barrier_init(pthread_barrier_t *b,
			 const pthread_barrierattr_t *attr, unsigned count);
int pthread_barrier_destroy(pthread_barrier_t *b);
int pthread_barrier_wait(pthread_barrier_t *b);
int pthread_barrierattr_init(pthread_barrierattr_t *attr);
int pthread_barrierattr_destroy(pthread_barrierattr_t *attr);

#ifdef __cplusplus
}
#endif

#endif /* _PTHREAD_H */

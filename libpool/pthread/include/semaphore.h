/*
 * POSIX unnamed semaphores over uklock's counting semaphore
 * (docs/pthread.md). sem_t has glibc's x86_64 size, so objects compiled
 * with the host's <semaphore.h> link against it too. Functions return 0,
 * or -1 with errno set, as POSIX says. Named semaphores (sem_open) are
 * not provided: there is one process.
 */
#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H

#ifdef __cplusplus
extern "C" {
#endif

struct timespec;

typedef union {
	char __size[32];
	long __align;
} sem_t;

#define SEM_VALUE_MAX	2147483647

/* @pshared is accepted either way (one process). EINVAL: @value >
 * SEM_VALUE_MAX. */
int sem_init(sem_t *sem, int pshared, unsigned int value);
int sem_destroy(sem_t *sem);
/* Waits until the value is positive, then decrements it. */
int sem_wait(sem_t *sem);
/* EAGAIN instead of waiting. */
int sem_trywait(sem_t *sem);
/* ETIMEDOUT once CLOCK_REALTIME reaches @abstime; EINVAL for a bad
 * tv_nsec; ENOTSUP on a platform without clocks. */
int sem_timedwait(sem_t *sem, const struct timespec *abstime);
int sem_clockwait(sem_t *sem, int clock, const struct timespec *abstime);
/* Increments the value and wakes one waiter; EOVERFLOW at SEM_VALUE_MAX. */
int sem_post(sem_t *sem);
int sem_getvalue(sem_t *sem, int *value);

#ifdef __cplusplus
}
#endif

#endif

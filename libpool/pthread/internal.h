/*
 * What the public types hold. Each lives inside the storage that glibc's
 * type has on x86_64 (pthread.h), and all-zero storage is a valid initial
 * object: that is what PTHREAD_MUTEX_INITIALIZER and friends give, in
 * host-compiled objects and ours alike.
 */
#ifndef _PTHREAD_INTERNAL_H
#define _PTHREAD_INTERNAL_H

#include <pthread.h>
#include <stddef.h>
#include <uk/condvar.h>
#include <uk/mutex.h>

struct _pthread_attr {
	size_t stacksize;	/* 0: uksched's default */
	int detached;
};

/* glibc's static initializers put the mutex type at byte 16, which a
 * uk_mutex uses: the first lock reads it from there and sets @ready. */
#define _PTHREAD_MUTEX_KIND_OFFSET	16

struct _pthread_mutex {
	struct uk_mutex m;
	int ready;
	int kind;
};

/* pthread_mutexattr_t: the type in the low byte, process-shared above. */
#define _PTHREAD_MATTR_TYPE(a)		((a) & 0xff)
#define _PTHREAD_MATTR_PSHARED		0x100

struct _pthread_cond {
	struct uk_condvar c;
	int clock;		/* CLOCK_REALTIME (0) or CLOCK_MONOTONIC */
};

/* All zero: unlocked (PTHREAD_RWLOCK_INITIALIZER). */
struct _pthread_rwlock {
	struct uk_waitq wq;
	struct uk_thread *writer;
	unsigned int readers;
};

struct _pthread_barrier {
	struct uk_waitq wq;
	unsigned int count, left;	/* threads per round, still to come */
	unsigned long gen;		/* rounds completed */
};

/* @sec.@nsec on @clock (CLOCK_REALTIME 0, CLOCK_MONOTONIC 1) as a
 * ukplat_monotonic_clock() deadline for uklock's timed waits (never 0);
 * 0 when the platform lacks the clock (deadline.c). */
unsigned long long _pthread_deadline(int clock, long long sec, long nsec);

_Static_assert(sizeof(struct _pthread_attr) <= sizeof(pthread_attr_t),
	       "pthread_attr_t too small");
_Static_assert(sizeof(struct _pthread_mutex) <= sizeof(pthread_mutex_t),
	       "pthread_mutex_t too small for a uk_mutex");
_Static_assert(offsetof(struct _pthread_mutex, ready) >=
	       _PTHREAD_MUTEX_KIND_OFFSET + sizeof(int),
	       "the ready flag overlaps glibc's mutex type");
_Static_assert(offsetof(pthread_mutex_t, __data.__kind) ==
	       _PTHREAD_MUTEX_KIND_OFFSET, "mutex type not where glibc has it");
_Static_assert(sizeof(struct _pthread_cond) <= sizeof(pthread_cond_t),
	       "pthread_cond_t too small for a uk_condvar");
_Static_assert(sizeof(struct _pthread_rwlock) <= sizeof(pthread_rwlock_t),
	       "pthread_rwlock_t too small");
_Static_assert(sizeof(struct _pthread_barrier) <= sizeof(pthread_barrier_t),
	       "pthread_barrier_t too small");
_Static_assert(sizeof(pthread_mutex_t) == 40 && sizeof(pthread_cond_t) == 48
	       && sizeof(pthread_attr_t) == 56, "not glibc's x86_64 sizes");

/* The uk_mutex of @pm, initialised from glibc's type field on first use. */
struct _pthread_mutex *_pthread_mutex_get(pthread_mutex_t *pm);

/* Runs the calling thread's key destructors and frees its key values
 * (key.c; weak: linked only when a program uses keys). */
void _pthread_tsd_exit(void) __attribute__((weak));

/* malloc and free with pre-emption held off: the C library's allocator
 * knows nothing of threads. */
void *_pthread_calloc(size_t size);
void _pthread_free(void *p);

#endif

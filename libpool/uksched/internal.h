/* uksched's own shared state and helpers (not exported). */
#ifndef _UKSCHED_INTERNAL_H
#define _UKSCHED_INTERNAL_H

#include <uk/sched_impl.h>

/* The running thread; NULL until the first call that needs threads. */
extern struct uk_thread *_uksched_cur;
/* Threads not yet joined or freed (main included). */
extern unsigned int _uksched_nthreads;

/* errno's address, when the libc has one (sched.c); set by
 * _uksched_errno_init() when the main thread is adopted. */
extern int *_uksched_errno;
void _uksched_errno_init(void);

/* The running thread, adopting the boot context as the main thread on
 * first use. */
struct uk_thread *_uksched_self(void);

/* Leaves the running thread, whose state the caller has set (and queued
 * it if READY), and runs the next ready thread, idling until one is.
 * Pre-emption disabled; returns when the caller is switched back to. */
void _uksched_schedule(void);

/* The sleep list: ordered by deadline. */
void _uksched_sleep_add(struct uk_thread *t, unsigned long long deadline);
void _uksched_sleep_remove(struct uk_thread *t);
/* Makes ready every sleeper whose deadline has passed; returns the
 * earliest deadline still pending, or 0. */
unsigned long long _uksched_sleep_expire(void);
/* Makes a blocked thread ready (off its wait queue and the sleep list). */
void _uksched_wake(struct uk_thread *t, int woken);

/* A new thread with its stack and thread control block (mem.c). */
int _uksched_mem_alloc(struct uk_thread **t, size_t stack_size);
void _uksched_mem_free(struct uk_thread *t);
/* Frees exited detached threads other than the running one. */
void _uksched_reap(void);
void _uksched_zombie_add(struct uk_thread *t);

/* Delivers the wakes interrupt handlers left (irqwake.c); returns how
 * many threads it woke. Weak: linked only with uk_waitq_irq_*.
 * Pre-emption disabled. */
int _uksched_irq_deliver(void) __attribute__((weak));
/* Not 0 while a wake handlers left is waiting for _uksched_irq_deliver
 * (irqwake.c); weak, as the two functions. */
extern volatile int _uksched_irq_pending __attribute__((weak));
/* uk_preempt_enable's last step when handlers may have left wakes:
 * delivers them and lowers the counter from 1 to 0 (irqwake.c). */
void _uksched_irq_release(void) __attribute__((weak));

#endif

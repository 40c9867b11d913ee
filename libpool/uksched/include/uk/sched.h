/*
 * Threads (uksched): create, exit, join, detach, yield, sleep, the current
 * thread, per-thread pointers. The scheduling policy is a separate library
 * of group `sched`: ukschedcoop (cooperative round-robin, the default) or
 * ukschedpreempt (round-robin with a timer tick), chosen with
 * `uklink --lib`. One CPU. The thread that runs main() becomes a thread
 * like the others the first time any function here is called.
 *
 * Functions returning int return 0 or a negative errno.
 * Documentation: docs/threads.md.
 */
#ifndef __UK_SCHED_H__
#define __UK_SCHED_H__

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_thread;

struct uk_thread_attr {
	size_t stack_size;	/* bytes; 0: the UKSCHED_STACK_KB option */
	int detached;		/* nobody joins: freed when it exits */
	const char *name;	/* for messages; NULL: "thread" */
};

/* Creates a thread running fn(arg) and makes it ready; it runs when the
 * creator yields, blocks, or (ukschedpreempt) is pre-empted. Returning
 * from fn is uk_thread_exit(its value). @attr may be NULL (defaults).
 * *@t (if @t is not NULL) receives the thread. -ENOMEM. */
int uk_thread_create(struct uk_thread **t, const struct uk_thread_attr *attr,
		     void *(*fn)(void *arg), void *arg);

/* Ends the calling thread with @retval, which uk_thread_join() returns.
 * From the main thread: the thread no longer runs, and the unikernel
 * stops with status 0 when no other thread is left (as a process whose
 * main thread called pthread_exit). */
void uk_thread_exit(void *retval) __attribute__((noreturn));

/* Waits until @t has exited, stores its value in *@retval (if not NULL)
 * and frees it. -EINVAL: @t is detached or already joined; -EDEADLK: @t
 * is the caller. */
int uk_thread_join(struct uk_thread *t, void **retval);

/* Nobody will join @t: it is freed as soon as it exits. -EINVAL if it is
 * detached already or being joined. */
int uk_thread_detach(struct uk_thread *t);

/* The calling thread. */
struct uk_thread *uk_thread_current(void);

/* Lets the other ready threads run first (round-robin). */
void uk_thread_yield(void);

/* Sleeps at least @ns nanoseconds (uk_thread_sleep_until(now + ns)). */
int uk_thread_sleep_ns(unsigned long long ns);

/* Sleeps until ukplat_monotonic_clock() >= @deadline; other threads run
 * meanwhile. -ENOTSUP where the platform has no monotonic clock. */
int uk_thread_sleep_until(unsigned long long deadline);

/* @t's name (never NULL). */
const char *uk_thread_name(const struct uk_thread *t);

/* One pointer per thread for the layer above (pthread keeps its own
 * per-thread structure here); NULL in a new thread. */
void *uk_thread_uptr_get(void);
void uk_thread_uptr_set(void *p);

/* The thread pointer of @t (its %fs base on x86_64): its thread control
 * block, with the thread's TLS block just below (uk/arch/ctx.h). */
unsigned long uk_thread_tlsp(const struct uk_thread *t);

#ifdef __cplusplus
}
#endif

#endif /* __UK_SCHED_H__ */

/*
 * For scheduling policies (ukschedcoop, ukschedpreempt) and uksched
 * itself: the thread structure, and the contract every library of group
 * `sched` implements. Applications use uk/sched.h.
 */
#ifndef __UK_SCHED_IMPL_H__
#define __UK_SCHED_IMPL_H__

#include <uk/arch/ctx.h>
#include <uk/sched.h>
#include <uk/waitq.h>

#ifdef __cplusplus
extern "C" {
#endif

enum uk_thread_state {
	UK_THREAD_RUNNING,
	UK_THREAD_READY,	/* in the policy's run queue */
	UK_THREAD_BLOCKED,	/* on a wait queue and/or the sleep list */
	UK_THREAD_EXITED,
};

#define UK_THREAD_DETACHED	0x1
#define UK_THREAD_JOINING	0x2	/* someone waits in uk_thread_join */
#define UK_THREAD_MAIN		0x4	/* not allocated by uk_thread_create */
#define UK_THREAD_GUARD		0x8	/* its stack has a guard page */

struct uk_thread {
	struct ukarch_ctx ctx;
	unsigned long tlsp;		/* thread pointer (%fs base) */
	unsigned int preempt;		/* pre-emption count while away */
	int err;			/* its errno while away */
	unsigned char state, flags;
	struct uk_thread *rq_next;	/* the policy's run queue */
	struct uk_thread *wq_next, *wq_prev;
	struct uk_waitq *wq;		/* the queue it waits on, or NULL */
	struct uk_thread *sl_next, *sl_prev;
	unsigned long long deadline;	/* on the sleep list when not 0 */
	int woken;			/* 1: by a wake; 0: at the deadline */
	void *(*fn)(void *arg);
	void *arg;
	void *retval;
	void *uptr;			/* uk_thread_uptr_get/set */
	struct uk_waitq joiner;
	void *mem;			/* stack, TLS, this structure */
	void *stack_top;
	const char *name;
};

/*
 * The policy contract (group `sched`). Called with pre-emption disabled.
 */
/* @t is ready to run: queue it. */
void uk_sched_policy_ready(struct uk_thread *t);
/* Takes the next thread to run off the queue, or NULL if none is ready. */
struct uk_thread *uk_sched_policy_next(void);
/* A second thread now exists (called once). ukschedpreempt starts its
 * tick here. */
void uk_sched_policy_start(void);

/*
 * What uksched gives policies.
 */
/* From the tick: switches to the next ready thread if the pre-emption
 * counter is zero, else does it in uk_preempt_enable(). Interrupt context
 * as ukplat_tick_set() describes it. */
void uk_sched_tick(void);

/* A FIFO of ready threads through rq_next: both round-robin policies'
 * run queue. */
struct uk_runq {
	struct uk_thread *head, *tail;
};

static inline void uk_runq_push(struct uk_runq *q, struct uk_thread *t)
{
	t->rq_next = 0;
	if (q->tail)
		q->tail->rq_next = t;
	else
		q->head = t;
	q->tail = t;
}

/* The first thread, or NULL if none. */
static inline struct uk_thread *uk_runq_pop(struct uk_runq *q)
{
	struct uk_thread *t = q->head;

	if (t) {
		q->head = t->rq_next;
		if (!q->head)
			q->tail = 0;
	}
	return t;
}

#ifdef __cplusplus
}
#endif

#endif /* __UK_SCHED_IMPL_H__ */

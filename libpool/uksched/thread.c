/* Thread life: the main thread, create, exit, join, detach. */
#include <errno.h>
#include <stdlib.h>
#include <uk/assert.h>
#include <uk/config.h>
#include "internal.h"

static struct uk_thread main_thread;
unsigned int _uksched_nthreads;
/* Threads that have not exited: at zero, the unikernel stops. */
static unsigned int nlive;
static struct uk_thread *zombies;

/* The code that calls the first thread function becomes the main thread,
 * on the stack and thread pointer it already has: nothing to set up at
 * boot, so images without threads carry none of this. */
struct uk_thread *_uksched_self(void)
{
	if (__builtin_expect(_uksched_cur != 0, 1))
		return _uksched_cur;
	main_thread.state = UK_THREAD_RUNNING;
	main_thread.flags = UK_THREAD_MAIN;
	main_thread.name = "main";
	main_thread.tlsp = ukarch_tlsp_get();
	_uksched_errno_init();
	_uksched_cur = &main_thread;
	_uksched_nthreads = nlive = 1;
	return &main_thread;
}

struct uk_thread *uk_thread_current(void)
{
	return _uksched_self();
}

static void thread_free(struct uk_thread *t)
{
	if (t->flags & UK_THREAD_MAIN)
		return;
	_uksched_nthreads--;
	_uksched_mem_free(t);
}

void _uksched_zombie_add(struct uk_thread *t)
{
	t->rq_next = zombies;
	zombies = t;
}

/* A thread cannot free the stack it runs on: exited detached threads
 * wait here for the next thread to run. */
void _uksched_reap(void)
{
	struct uk_thread *t;

	while ((t = zombies)) {
		zombies = t->rq_next;
		thread_free(t);
	}
}

/* The first frame of every created thread: switched to with the
 * pre-emption counter at 1, like every return from a switch. */
static void thread_start(void *arg)
{
	struct uk_thread *t = arg;

	_uksched_reap();
	uk_preempt_enable();
	uk_thread_exit(t->fn(t->arg));
}

int uk_thread_create(struct uk_thread **tp, const struct uk_thread_attr *attr,
		     void *(*fn)(void *arg), void *arg)
{
	static int started;
	size_t stack = attr && attr->stack_size ? attr->stack_size :
			(size_t)UK_OPT(UKSCHED_STACK_KB) * 1024;
	struct uk_thread *t;
	int r;

	_uksched_self();
	uk_preempt_disable();
	r = _uksched_mem_alloc(&t, stack);
	if (r < 0) {
		uk_preempt_enable();
		return r;
	}
	t->fn = fn;
	t->arg = arg;
	t->name = attr && attr->name ? attr->name : "thread";
	t->flags |= attr && attr->detached ? UK_THREAD_DETACHED : 0;
	t->preempt = 1;
	/* Before the context: the new thread inherits the interrupt flag,
	 * and on kvm starting the tick is what turns interrupts on. */
	if (!started) {
		started = 1;
		uk_sched_policy_start();
	}
	ukarch_ctx_init(&t->ctx, t->stack_top, thread_start, t);
	_uksched_nthreads++;
	nlive++;
	t->state = UK_THREAD_READY;
	uk_sched_policy_ready(t);
	if (tp)
		*tp = t;
	uk_preempt_enable();
	return 0;
}

void uk_thread_exit(void *retval)
{
	struct uk_thread *self = _uksched_self();

	uk_preempt_disable();
	self->retval = retval;
	self->state = UK_THREAD_EXITED;
	if (--nlive == 0)
		exit(0);
	if (self->flags & UK_THREAD_DETACHED)
		_uksched_zombie_add(self);
	else
		uk_waitq_wake_all(&self->joiner);
	_uksched_schedule();
	UK_CRASH("exited thread %s resumed\n", self->name);
}

int uk_thread_join(struct uk_thread *t, void **retval)
{
	if (t == _uksched_self())
		return -EDEADLK;
	uk_preempt_disable();
	if (t->flags & (UK_THREAD_DETACHED | UK_THREAD_JOINING)) {
		uk_preempt_enable();
		return -EINVAL;
	}
	t->flags |= UK_THREAD_JOINING;
	while (t->state != UK_THREAD_EXITED)
		uk_waitq_wait(&t->joiner, 0);
	if (retval)
		*retval = t->retval;
	thread_free(t);
	uk_preempt_enable();
	return 0;
}

int uk_thread_detach(struct uk_thread *t)
{
	uk_preempt_disable();
	if (t->flags & (UK_THREAD_DETACHED | UK_THREAD_JOINING)) {
		uk_preempt_enable();
		return -EINVAL;
	}
	t->flags |= UK_THREAD_DETACHED;
	if (t->state == UK_THREAD_EXITED)
		thread_free(t);
	uk_preempt_enable();
	return 0;
}

void *uk_thread_uptr_get(void)
{
	return _uksched_self()->uptr;
}

void uk_thread_uptr_set(void *p)
{
	_uksched_self()->uptr = p;
}

const char *uk_thread_name(const struct uk_thread *t)
{
	return t->name;
}

unsigned long uk_thread_tlsp(const struct uk_thread *t)
{
	return t->tlsp;
}

/* pthread_create: a uksched thread whose first frame makes
 * pthread_exit() of the start function's return value, so that key
 * destructors run on either way out. */
#include <errno.h>
#include <uk/sched.h>
#include <uk/waitq.h>
#include "internal.h"

struct start {
	void *(*fn)(void *arg);
	void *arg;
};

static void *trampoline(void *p)
{
	struct start s = *(struct start *)p;

	_pthread_free(p);
	pthread_exit(s.fn(s.arg));
}

int pthread_create(pthread_t *thread, const pthread_attr_t *attr,
		   void *(*fn)(void *arg), void *arg)
{
	const struct _pthread_attr *a = (const struct _pthread_attr *)attr;
	struct uk_thread_attr ua = { .name = "pthread" };
	struct uk_thread *t;
	struct start *s;
	int r;

	if (a) {
		ua.stack_size = a->stacksize;
		ua.detached = a->detached;
	}
	s = _pthread_calloc(sizeof(*s));
	if (!s)
		return EAGAIN;
	s->fn = fn;
	s->arg = arg;
	/* The new thread may run (ukschedpreempt) as soon as it exists:
	 * POSIX wants *thread set before that. */
	uk_preempt_disable();
	r = uk_thread_create(&t, &ua, trampoline, s);
	if (r == 0)
		*thread = (pthread_t)t;
	uk_preempt_enable();
	if (r < 0) {
		_pthread_free(s);
		return r == -ENOMEM ? EAGAIN : -r;
	}
	return 0;
}

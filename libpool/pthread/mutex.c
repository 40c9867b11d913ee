/* Mutexes: a uk_mutex (uklock) in the pthread_mutex_t's storage. */
#include <errno.h>
#include <string.h>
#include <uk/mutex.h>
#include "internal.h"

static void mutex_setup(struct _pthread_mutex *m, int kind)
{
	uk_mutex_init(&m->m, kind == PTHREAD_MUTEX_RECURSIVE);
	m->kind = kind;
	m->ready = 1;
}

struct _pthread_mutex *_pthread_mutex_get(pthread_mutex_t *pm)
{
	struct _pthread_mutex *m = (struct _pthread_mutex *)pm;
	int kind;

	if (__builtin_expect(m->ready, 1))
		return m;
	uk_preempt_disable();
	if (!m->ready) {
		memcpy(&kind, pm->__size + _PTHREAD_MUTEX_KIND_OFFSET,
		       sizeof(kind));
		mutex_setup(m, kind);
	}
	uk_preempt_enable();
	return m;
}

int pthread_mutex_init(pthread_mutex_t *pm, const pthread_mutexattr_t *attr)
{
	memset(pm, 0, sizeof(*pm));
	mutex_setup((struct _pthread_mutex *)pm,
		    attr ? _PTHREAD_MATTR_TYPE(attr->__align) : 0);
	return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *pm)
{
	struct _pthread_mutex *m = (struct _pthread_mutex *)pm;

	if (m->ready && m->m.owner)
		return EBUSY;
	return 0;
}

int pthread_mutex_lock(pthread_mutex_t *pm)
{
	return -uk_mutex_lock(&_pthread_mutex_get(pm)->m);
}

int pthread_mutex_trylock(pthread_mutex_t *pm)
{
	return -uk_mutex_trylock(&_pthread_mutex_get(pm)->m);
}

int pthread_mutex_unlock(pthread_mutex_t *pm)
{
	return -uk_mutex_unlock(&_pthread_mutex_get(pm)->m);
}

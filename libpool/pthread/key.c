/*
 * Thread-specific data. A key's generation is odd while it exists; a
 * thread's value counts only if it was set under the key's current
 * generation, so a deleted and re-created key reads NULL in every thread
 * without visiting them. A thread's values are allocated at its first
 * pthread_setspecific and hang off uksched's per-thread pointer.
 */
#include <errno.h>
#include <uk/sched.h>
#include <uk/waitq.h>
#include "internal.h"

struct slot {
	void *value;
	unsigned int gen;
};

struct tsd {
	struct slot slot[PTHREAD_KEYS_MAX];
};

static unsigned int gen[PTHREAD_KEYS_MAX];
static void (*dtor[PTHREAD_KEYS_MAX])(void *);

static int key_live(pthread_key_t k)
{
	return k < PTHREAD_KEYS_MAX && (gen[k] & 1);
}

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
{
	pthread_key_t k;
	int r = EAGAIN;

	uk_preempt_disable();
	for (k = 0; k < PTHREAD_KEYS_MAX; k++) {
		if (!(gen[k] & 1)) {
			gen[k]++;
			dtor[k] = destructor;
			*key = k;
			r = 0;
			break;
		}
	}
	uk_preempt_enable();
	return r;
}

int pthread_key_delete(pthread_key_t k)
{
	int r = EINVAL;

	uk_preempt_disable();
	if (key_live(k)) {
		gen[k]++;
		dtor[k] = 0;
		r = 0;
	}
	uk_preempt_enable();
	return r;
}

void *pthread_getspecific(pthread_key_t k)
{
	struct tsd *t = uk_thread_uptr_get();

	if (!t || k >= PTHREAD_KEYS_MAX || t->slot[k].gen != gen[k])
		return 0;
	return t->slot[k].value;
}

int pthread_setspecific(pthread_key_t k, const void *value)
{
	struct tsd *t = uk_thread_uptr_get();

	if (!key_live(k))
		return EINVAL;
	if (!t) {
		t = _pthread_calloc(sizeof(*t));
		if (!t)
			return ENOMEM;
		uk_thread_uptr_set(t);
	}
	t->slot[k].value = (void *)value;
	t->slot[k].gen = gen[k];
	return 0;
}

/* One round over the keys; 1 if a destructor ran. */
static int dtor_round(struct tsd *t)
{
	pthread_key_t k;
	void *v;
	int ran = 0;

	for (k = 0; k < PTHREAD_KEYS_MAX; k++) {
		if (!key_live(k) || t->slot[k].gen != gen[k] || !dtor[k])
			continue;
		v = t->slot[k].value;
		if (!v)
			continue;
		t->slot[k].value = 0;
		dtor[k](v);
		ran = 1;
	}
	return ran;
}

void _pthread_tsd_exit(void)
{
	struct tsd *t = uk_thread_uptr_get();
	int i;

	if (!t)
		return;
	for (i = 0; i < PTHREAD_DESTRUCTOR_ITERATIONS && dtor_round(t); i++)
		;
	uk_thread_uptr_set(0);
	_pthread_free(t);
}

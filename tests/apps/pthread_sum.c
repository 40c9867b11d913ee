/* A pthreads program built twice from this source, by tests/
 * test_pthread_host.py: natively (gcc -pthread, glibc) and as a
 * unikernel from the object of a plain `gcc -c -O2 -pthread` (glibc's
 * headers, so glibc's type layouts). Both runs must print the same lines.
 * Workers sum into a mutex-protected counter and are joined; a condition
 * variable hands values over one at a time; a static recursive mutex
 * (glibc's initializer), keys with destructors, once, a detached thread,
 * a barrier and a read-write lock; unnamed semaphores (glibc's sem_t) pass
 * a token back and forth. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <stdio.h>

#define WORKERS	8
#define ROUNDS	2000
#define ITEMS	1000

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *worker(void *arg)
{
	long id = (long)arg, i, v;

	for (i = 1; i <= ROUNDS; i++) {
		pthread_mutex_lock(&lock);
		v = counter;
		if (i % 64 == 0)
			sched_yield();	/* the others must wait, not enter */
		counter = v + id * i;
		pthread_mutex_unlock(&lock);
	}
	return (void *)(id * id);
}

static pthread_mutex_t slot_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t slot_cond = PTHREAD_COND_INITIALIZER;
static long slot;	/* 0: empty */

static void *consumer(void *arg)
{
	long i, sum = 0, order = 0;

	(void)arg;
	pthread_mutex_lock(&slot_lock);
	for (i = 1; i <= ITEMS; i++) {
		while (!slot)
			pthread_cond_wait(&slot_cond, &slot_lock);
		order += slot == i;
		sum += slot;
		slot = 0;
		pthread_cond_signal(&slot_cond);
	}
	pthread_mutex_unlock(&slot_lock);
	printf("handoff: %ld values in order, sum %ld\n", order, sum);
	return 0;
}

static void handoff(void)
{
	pthread_t t;
	long i;

	pthread_create(&t, 0, consumer, 0);
	pthread_mutex_lock(&slot_lock);
	for (i = 1; i <= ITEMS; i++) {
		while (slot)
			pthread_cond_wait(&slot_cond, &slot_lock);
		slot = i;
		pthread_cond_signal(&slot_cond);
	}
	pthread_mutex_unlock(&slot_lock);
	pthread_join(t, 0);
}

static pthread_mutex_t rec = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;

static void *try_rec(void *arg)
{
	(void)arg;
	return (void *)(long)pthread_mutex_trylock(&rec);
}

static void recursive(void)
{
	pthread_t t;
	void *r;
	int a, b;

	a = pthread_mutex_lock(&rec);
	b = pthread_mutex_lock(&rec);
	pthread_create(&t, 0, try_rec, 0);
	pthread_join(t, &r);
	pthread_mutex_unlock(&rec);
	pthread_mutex_unlock(&rec);
	printf("recursive: lock %d %d, other thread's trylock %s, unlock %s\n",
	       a, b, (long)r == EBUSY ? "EBUSY" : "?",
	       pthread_mutex_unlock(&rec) == EPERM ? "EPERM" : "?");
}

static pthread_key_t key;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs;
static long freed;

static void free_value(void *v)
{
	pthread_mutex_lock(&lock);
	freed += (long)v;
	pthread_mutex_unlock(&lock);
}

static void make_key(void)
{
	once_runs++;
	pthread_key_create(&key, free_value);
}

static void *keyed(void *arg)
{
	pthread_once(&once, make_key);
	pthread_setspecific(key, arg);
	sched_yield();
	return (void *)(long)(pthread_getspecific(key) == arg);
}

static void keys(void)
{
	pthread_t t[4];
	void *r;
	long i, same = 0;

	for (i = 0; i < 4; i++)
		pthread_create(&t[i], 0, keyed, (void *)(i + 1));
	for (i = 0; i < 4; i++) {
		pthread_join(t[i], &r);
		same += (long)r;
	}
	printf("keys: %ld threads saw their own value, destructors freed %ld, "
	       "once ran %d time(s)\n", same, freed, once_runs);
}

static pthread_mutex_t done_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done_cond = PTHREAD_COND_INITIALIZER;
static int done;

static void *detached(void *arg)
{
	pthread_mutex_lock(&done_lock);
	done = (int)(long)arg;
	pthread_cond_broadcast(&done_cond);
	pthread_mutex_unlock(&done_lock);
	return 0;
}

static void detach(void)
{
	pthread_attr_t a;
	pthread_t t;

	pthread_attr_init(&a);
	pthread_attr_setstacksize(&a, 128 * 1024);
	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
	pthread_create(&t, &a, detached, (void *)42L);
	pthread_attr_destroy(&a);
	pthread_mutex_lock(&done_lock);
	while (!done)
		pthread_cond_wait(&done_cond, &done_lock);
	pthread_mutex_unlock(&done_lock);
	printf("detached thread said %d; joining myself: %s\n", done,
	       pthread_join(pthread_self(), 0) == EDEADLK ? "EDEADLK" : "?");
}

#define PARTIES	4
#define LAPS	3
static pthread_rwlock_t table_lock = PTHREAD_RWLOCK_INITIALIZER;
static long table[PARTIES];
static pthread_barrier_t bar;
static int consistent, serials;

/* Each lap: write my entry, wait for all, read every entry, wait again. */
static void *lapper(void *arg)
{
	long id = (long)arg, lap, i, sum;

	for (lap = 1; lap <= LAPS; lap++) {
		pthread_rwlock_wrlock(&table_lock);
		table[id] += lap;
		pthread_rwlock_unlock(&table_lock);
		if (pthread_barrier_wait(&bar) == PTHREAD_BARRIER_SERIAL_THREAD)
			__atomic_add_fetch(&serials, 1, __ATOMIC_RELAXED);
		pthread_rwlock_rdlock(&table_lock);
		for (sum = 0, i = 0; i < PARTIES; i++)
			sum += table[i];
		pthread_rwlock_unlock(&table_lock);
		if (sum == PARTIES * lap * (lap + 1) / 2)
			__atomic_add_fetch(&consistent, 1, __ATOMIC_RELAXED);
		pthread_barrier_wait(&bar);
	}
	return 0;
}

static void laps(void)
{
	pthread_t t[PARTIES];
	long i;

	pthread_barrier_init(&bar, 0, PARTIES);
	for (i = 0; i < PARTIES; i++)
		pthread_create(&t[i], 0, lapper, (void *)i);
	for (i = 0; i < PARTIES; i++)
		pthread_join(t[i], 0);
	pthread_barrier_destroy(&bar);
	printf("barrier and rwlock: %d consistent reads of %d, %d serial "
	       "threads\n", consistent, PARTIES * LAPS, serials);
}

#define PINGS	500
static sem_t ping, pong;

static void *ponger(void *arg)
{
	long i;

	(void)arg;
	for (i = 0; i < PINGS; i++) {
		sem_wait(&ping);
		sem_post(&pong);
	}
	return 0;
}

static void semaphores(void)
{
	pthread_t t;
	long i, rounds = 0;
	int v = -1, busy;

	sem_init(&ping, 0, 0);
	sem_init(&pong, 0, 0);
	busy = sem_trywait(&pong) == -1 && errno == EAGAIN;
	pthread_create(&t, 0, ponger, 0);
	for (i = 0; i < PINGS; i++) {
		sem_post(&ping);
		rounds += sem_wait(&pong) == 0;
	}
	pthread_join(t, 0);
	sem_post(&pong);
	sem_post(&pong);
	sem_getvalue(&pong, &v);
	printf("semaphores: %ld round trips, trywait on 0 %s, value after two "
	       "posts %d\n", rounds, busy ? "EAGAIN" : "?", v);
	sem_destroy(&ping);
	sem_destroy(&pong);
}

int main(void)
{
	pthread_t t[WORKERS];
	long i, squares = 0;
	void *r;

	for (i = 0; i < WORKERS; i++)
		pthread_create(&t[i], 0, worker, (void *)(i + 1));
	for (i = 0; i < WORKERS; i++) {
		pthread_join(t[i], &r);
		squares += (long)r;
	}
	printf("counter %ld (expected %ld), joined values %ld\n", counter,
	       (long)ROUNDS * (ROUNDS + 1) / 2 * WORKERS * (WORKERS + 1) / 2,
	       squares);
	handoff();
	recursive();
	keys();
	detach();
	laps();
	semaphores();
	return 0;
}

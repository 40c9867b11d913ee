/* Locks under the cooperative scheduler: producer/consumer over counting
 * semaphores (bounded buffer), a mutex held across yields, a recursive
 * mutex, trylock, and a condition-variable ping-pong. */
#include <errno.h>
#include <stdio.h>
#include <uk/condvar.h>
#include <uk/mutex.h>
#include <uk/sched.h>
#include <uk/semaphore.h>
#include <uk/test.h>

#define ITEMS	2000
#define SLOTS	4

static struct uk_semaphore empty = UK_SEMAPHORE_INIT(SLOTS);
static struct uk_semaphore full = UK_SEMAPHORE_INIT(0);
static int buf[SLOTS], in, out;
static long sum;

static void *producer(void *arg)
{
	int i;

	(void)arg;
	for (i = 1; i <= ITEMS; i++) {
		uk_semaphore_down(&empty);
		buf[in++ % SLOTS] = i;
		uk_semaphore_up(&full);
		if (i % 7 == 0)
			uk_thread_yield();
	}
	return 0;
}

static void *consumer(void *arg)
{
	int i, v, last = 0;

	(void)arg;
	for (i = 0; i < ITEMS; i++) {
		uk_semaphore_down(&full);
		v = buf[out++ % SLOTS];
		CHECK(v == last + 1);
		last = v;
		sum += v;
		uk_semaphore_up(&empty);
	}
	return 0;
}

static struct uk_mutex mtx = UK_MUTEX_INIT;
static int inside, counter;

static void *worker(void *arg)
{
	int i;

	(void)arg;
	for (i = 0; i < 200; i++) {
		CHECK(uk_mutex_lock(&mtx) == 0);
		CHECK(inside == 0);
		inside = 1;
		uk_thread_yield();	/* others run, and must wait */
		counter++;
		inside = 0;
		CHECK(uk_mutex_unlock(&mtx) == 0);
	}
	return 0;
}

static struct uk_mutex cvm = UK_MUTEX_INIT;
static struct uk_condvar cv = UK_CONDVAR_INIT;
static int ball, volleys;

static void *pinger(void *arg)
{
	int me = (int)(long)arg, i;

	uk_mutex_lock(&cvm);
	for (i = 0; i < 500; i++) {
		while (ball != me)
			uk_condvar_wait(&cv, &cvm);
		ball = !me;
		volleys++;
		uk_condvar_signal(&cv);
	}
	uk_mutex_unlock(&cvm);
	return 0;
}

static void run(void *(*fn)(void *), int n)
{
	struct uk_thread *t[4];
	int i;

	for (i = 0; i < n; i++)
		CHECK(uk_thread_create(&t[i], 0, fn, (void *)(long)i) == 0);
	for (i = 0; i < n; i++)
		CHECK(uk_thread_join(t[i], 0) == 0);
}

int main(void)
{
	struct uk_thread *p, *c;
	struct uk_mutex rm = UK_MUTEX_INIT_RECURSIVE;

	CHECK(uk_thread_create(&c, 0, consumer, 0) == 0);
	CHECK(uk_thread_create(&p, 0, producer, 0) == 0);
	CHECK(uk_thread_join(p, 0) == 0 && uk_thread_join(c, 0) == 0);
	CHECK(sum == (long)ITEMS * (ITEMS + 1) / 2);
	printf("semaphores: %d items, sum %ld\n", ITEMS, sum);

	run(worker, 4);
	CHECK(counter == 800);
	printf("mutex: counter %d\n", counter);

	CHECK(uk_mutex_lock(&rm) == 0 && uk_mutex_lock(&rm) == 0);
	CHECK(uk_mutex_trylock(&rm) == 0);
	CHECK(uk_mutex_unlock(&rm) == 0 && uk_mutex_unlock(&rm) == 0);
	CHECK(uk_mutex_unlock(&rm) == 0);
	CHECK(uk_mutex_unlock(&rm) == -EPERM);
	CHECK(uk_mutex_lock(&mtx) == 0 && uk_mutex_lock(&mtx) == -EDEADLK);
	CHECK(uk_mutex_unlock(&mtx) == 0);
	CHECK(uk_semaphore_down_try(&full) == -EAGAIN);

	run(pinger, 2);
	CHECK(volleys == 1000);
	printf("condvar: %d volleys\n", volleys);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

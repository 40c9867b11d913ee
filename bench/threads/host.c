/*
 * The host baseline for bench/threads.sh: Linux pthreads doing what
 * uk.c does. Ping-pong: two threads hand a turn back and forth under a
 * mutex and condition variable (each hand-over is one switch); create+
 * join of an empty thread; and the host TSC rate, to convert the kvm
 * guest's TSC ticks (QEMU TCG's TSC follows the host's).
 */
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <x86intrin.h>

#define SWITCHES	200000
#define CREATES		20000

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int turn;

static unsigned long long ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

static void *player(void *arg)
{
	int me = (int)(long)arg, i;

	pthread_mutex_lock(&m);
	for (i = 0; i < SWITCHES / 2; i++) {
		while (turn != me)
			pthread_cond_wait(&c, &m);
		turn = !me;
		pthread_cond_signal(&c);
	}
	pthread_mutex_unlock(&m);
	return 0;
}

static void *empty(void *arg)
{
	return arg;
}

int main(void)
{
	pthread_t a, b;
	unsigned long long t, t0, c0;
	int i;

	t = ns();
	pthread_create(&a, 0, player, (void *)0L);
	pthread_create(&b, 0, player, (void *)1L);
	pthread_join(a, 0);
	pthread_join(b, 0);
	printf("condvar_switch %.1f ns\n", (double)(ns() - t) / SWITCHES);

	t = ns();
	for (i = 0; i < CREATES; i++) {
		pthread_create(&a, 0, empty, 0);
		pthread_join(a, 0);
	}
	printf("create_join %.1f ns\n", (double)(ns() - t) / CREATES);

	t0 = ns();
	c0 = __rdtsc();
	while (ns() - t0 < 200000000ULL)
		;
	printf("tsc_hz %.0f\n", (double)(__rdtsc() - c0) * 1e9 / (ns() - t0));
	return 0;
}

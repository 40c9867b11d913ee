/* Pre-emption under stress: a 200 us slice (the kvm minimum is 100 us)
 * and four threads that never yield, for about half a second. Each one
 * loops over: a mutex-protected read-pause-write of a shared counter,
 * eight mallocs then eight frees with the ends of each block marked and
 * checked (the malloc family holds the pre-emption counter: calling
 * ukalloc directly instead, unprotected, trips ukallocbuddy's header check
 * on linuxu), and errno set to its own value and checked after a pause. The shared
 * counter must equal the sum of the threads' own counts, no block may be
 * corrupted, errno must stay each thread's own, and the threads must have
 * been pre-empted many times (the owner of the mutex changes at least 20
 * times). The threads run for half a second and then until those 20
 * changes (a TCG vCPU on a loaded host gets fewer slices: uk/test.h), for
 * at most 20 s.
 * Link with the options: --lib ukschedpreempt -D UKSCHEDPREEMPT_SLICE_US=200
 * Platforms: kvm linuxu (xen has no tick yet: docs/time.md). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/mutex.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/test.h>

#define NT	4
#define NB	8
#define RUN_NS	500000000ULL
#define MAX_NS	20000000000ULL
#define HANDOVERS_MIN	20

static struct uk_mutex m = UK_MUTEX_INIT;
static volatile long counter;
static volatile int last_owner = -1;
static long handovers;
static long own[NT];
static unsigned long long end, hard_end;

static void pause_a_little(void)
{
	volatile int k;

	for (k = 0; k < 200; k++)
		;
}

static void one_round(int id, unsigned int *seed)
{
	unsigned char *b[NB];
	size_t n, sz[NB];
	long v;
	int i;

	uk_mutex_lock(&m);
	v = counter;
	pause_a_little();
	counter = v + 1;
	if (last_owner != id) {
		handovers++;
		last_owner = id;
	}
	uk_mutex_unlock(&m);
	own[id]++;

	for (i = 0; i < NB; i++) {
		n = 16 + (*seed = *seed * 1103515245 + 12345) % 2000;
		b[i] = malloc(n);
		CHECK(b[i] != NULL);
		if (b[i]) {
			sz[i] = n;
			memset(b[i], id + 1, 8);
			memset(b[i] + n - 8, id + 1, 8);
		}
	}
	for (i = 0; i < NB; i++) {
		if (!b[i])
			continue;
		CHECK(b[i][0] == id + 1 && b[i][sz[i] - 1] == id + 1);
		free(b[i]);
	}

	errno = 1000 + id;
	pause_a_little();
	CHECK(errno == 1000 + id);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	unsigned int seed = id + 1;

	for (;;) {
		unsigned long long now = ukplat_monotonic_clock();

		if (now >= hard_end || (now >= end && handovers >= HANDOVERS_MIN))
			break;
		one_round(id, &seed);
	}
	return 0;
}

int main(void)
{
	struct uk_thread *t[NT];
	long sum = 0;
	int i;

	if (!ukplat_tick_set || !ukplat_monotonic_clock) {
		printf("FAIL: no tick or no clock on this platform\n");
		return 1;
	}
	end = ukplat_monotonic_clock() + RUN_NS;
	hard_end = end - RUN_NS + MAX_NS;
	for (i = 0; i < NT; i++)
		CHECK(uk_thread_create(&t[i], 0, worker, (void *)(long)i) == 0);
	for (i = 0; i < NT; i++) {
		CHECK(uk_thread_join(t[i], 0) == 0);
		CHECK(own[i] > 0);
		sum += own[i];
	}
	printf("counter %ld, sum %ld, mutex changed owner %ld times\n",
	       counter, sum, handovers);
	CHECK(counter == sum);
	CHECK(handovers >= HANDOVERS_MIN);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

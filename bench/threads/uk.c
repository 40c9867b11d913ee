/*
 * Thread benchmark unikernel (bench/threads.sh): yield ping-pong between
 * two threads (per switch), create+join of an empty thread, and the two
 * costs the switch design weighs (docs/threads.md): setting the thread
 * pointer, and an fxsave64+fxrstor64 pair. Prints "name value unit"
 * lines; times in ns where the platform has a monotonic clock, else in
 * TSC ticks.
 */
#include <stdio.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include <uk/plat/tls.h>
#include <uk/sched.h>

#define SWITCHES	200000
#define CREATES		20000
#define REPS		100000

static const char *unit;

static unsigned long long now(void)
{
	return ukplat_monotonic_clock ? ukplat_monotonic_clock() :
					ukarch_rdtsc();
}

static void report(const char *name, unsigned long long t, long n)
{
	printf("%s %.1f %s\n", name, (double)t / n, unit);
}

static void *player(void *arg)
{
	int i;

	(void)arg;
	for (i = 0; i < SWITCHES / 2; i++)
		uk_thread_yield();
	return 0;
}

static void *empty(void *arg)
{
	return arg;
}

int main(void)
{
	static char fx[512] __attribute__((aligned(16)));
	struct uk_thread *a, *b;
	unsigned long long t;
	unsigned long tp;
	int i;

	unit = ukplat_monotonic_clock ? "ns" : "tsc";
	uk_thread_create(&a, 0, player, 0);
	uk_thread_create(&b, 0, player, 0);
	t = now();
	uk_thread_join(a, 0);
	uk_thread_join(b, 0);
	/* Two players, each yielding SWITCHES / 2 times: every yield is one
	 * switch, plus the few to and from main. */
	report("yield_switch", now() - t, SWITCHES);

	t = now();
	for (i = 0; i < CREATES; i++) {
		uk_thread_create(&a, 0, empty, 0);
		uk_thread_join(a, 0);
	}
	report("create_join", now() - t, CREATES);

	tp = uk_thread_tlsp(uk_thread_current());
	t = now();
	for (i = 0; i < REPS; i++)
		ukplat_tlsp_set(tp);
	report("tlsp_set", now() - t, REPS);

	t = now();
	for (i = 0; i < REPS; i++)
		__asm__ __volatile__("fxsave64 %0; fxrstor64 %0"
				     : "+m"(fx));
	report("fxsave_fxrstor", now() - t, REPS);
	return 0;
}

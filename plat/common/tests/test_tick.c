/* The periodic tick (ukplat_tick_set, uk/plat/time.h): it fires about
 * period by period, stops, and its function may switch between two
 * contexts (the architecture's context switch, uk/arch/ctx.h, not a
 * scheduler) with
 * every register of the interrupted code intact, including a context
 * that was never interrupted (the new one), which must be pre-empted too.
 * Waiting with ukplat_halt_to while it ticks.
 * Each check runs until it has seen what it checks (20 ticks, 5 ticks in
 * halts, 20 switches), at most LIMIT: a TCG vCPU on a loaded 2-core host
 * gets a small share of the CPU and misses ticks while off it (uk/test.h),
 * so a count over a fixed time measures the load, not the tick. What must
 * hold at any load: never more ticks than periods (+5), and the tick keeps
 * firing. The rate itself is measured by `make bench` (docs/time.md).
 * Platforms: kvm linuxu (xen has no tick yet, docs/time.md). */
#include <stdio.h>
#include <uk/arch/ctx.h>
#include <uk/plat/time.h>
#include <uk/test.h>

#define MS		1000000ULL
#define PERIOD		(10 * MS)
#define LIMIT		(10000 * MS)

/* At most one tick per period since t0, and five more for rounding and a
 * tick already pending. */
static int not_faster(unsigned long n, unsigned long long t0)
{
	return n <= (ukplat_monotonic_clock() - t0) / PERIOD + 5;
}

static volatile unsigned long ticks;

static void busy_until(unsigned long long t)
{
	while (ukplat_monotonic_clock() < t)
		;
}

static void count_tick(void *arg)
{
	(void)arg;
	ticks++;
}

static void check_rate(void)
{
	unsigned long long t0 = ukplat_monotonic_clock();
	unsigned long n;

	CHECK(ukplat_tick_set(PERIOD, count_tick, 0) == 0);
	while (ticks < 20 && ukplat_monotonic_clock() < t0 + LIMIT)
		;
	CHECK(ukplat_tick_set(0, 0, 0) == 0);
	n = ticks;
	printf("10 ms tick: %lu ticks in %llu ms\n", n,
	       (ukplat_monotonic_clock() - t0) / MS);
	CHECK(n >= 20);
	CHECK(not_faster(n, t0));
	busy_until(ukplat_monotonic_clock() + 50 * MS);
	CHECK(ticks == n);	/* stopped */
}

/* Waiting (ukplat_halt_to) while the tick runs: both share the timer on
 * kvm. Each wait ends at its deadline, not before, and ticks go on. */
static void check_halt_while_ticking(void)
{
	unsigned long long t0 = ukplat_monotonic_clock(), until;
	unsigned long n0, n;
	int halts = 0;

	CHECK(ukplat_tick_set(PERIOD, count_tick, 0) == 0);
	n0 = ticks;
	while (ticks - n0 < 5 && ukplat_monotonic_clock() < t0 + LIMIT) {
		until = ukplat_monotonic_clock() + 50 * MS;
		while (ukplat_monotonic_clock() < until)
			ukplat_halt_to(until);
		CHECK(ukplat_monotonic_clock() >= until);
		halts++;
	}
	CHECK(ukplat_tick_set(0, 0, 0) == 0);
	n = ticks - n0;
	printf("10 ms tick during %d halts of 50 ms: %lu ticks\n", halts, n);
	CHECK(n >= 5);
	CHECK(not_faster(n, t0));
	/* A deadline in the past returns at once. */
	ukplat_halt_to(ukplat_monotonic_clock() - 1);
}

static struct ukarch_ctx ctx_main, ctx_other;
static volatile int in_other;
static volatile unsigned long switches, main_work, other_work, bad;
static char other_stack[65536] __attribute__((aligned(16)));

/* 1 from a switch's start until the context switched to runs on: a
 * nested call (the tick re-enters fn when one call outlasts a period, as
 * a descheduled TCG vCPU makes it; uk/plat/time.h) returns at once
 * instead of switching from a context whose registers are half saved. */
static volatile int switching;

static void switch_tick(void *arg)
{
	(void)arg;
	if (switching)
		return;
	switching = 1;
	switches++;
	if (in_other) {
		in_other = 0;
		ukarch_ctx_switch(&ctx_other, &ctx_main);
	} else {
		in_other = 1;
		ukarch_ctx_switch(&ctx_main, &ctx_other);
	}
	switching = 0;	/* resumed here: that switch is over */
}

/* Work whose registers an interrupt must not disturb: a counter in a
 * register and its double in an SSE register, checked against memory. */
static void work(volatile unsigned long *counter)
{
	unsigned long n = *counter;
	double d = (double)n * 3.0;

	*counter = n + 1;
	if ((unsigned long)(d / 3.0) != n || *counter != n + 1)
		bad++;
}

static void other_main(void *arg)
{
	(void)arg;
	switching = 0;	/* first run: the switch here is over */
	for (;;)
		work(&other_work);
}

static void check_switching(void)
{
	unsigned long long t0 = ukplat_monotonic_clock();

	ukarch_ctx_init(&ctx_other, other_stack + sizeof(other_stack),
			other_main, 0);
	CHECK(ukplat_tick_set(PERIOD, switch_tick, 0) == 0);
	/* Only main tests this: the other context runs until switched away. */
	while (switches < 20 && ukplat_monotonic_clock() < t0 + LIMIT)
		work(&main_work);
	CHECK(ukplat_tick_set(0, 0, 0) == 0);
	printf("switching tick: %lu switches in %llu ms, work %lu + %lu\n",
	       switches, (ukplat_monotonic_clock() - t0) / MS, main_work,
	       other_work);
	CHECK(switches >= 20);
	CHECK(main_work > 0 && other_work > 0);
	CHECK(bad == 0);
}

int main(void)
{
	if (!ukplat_tick_set || !ukplat_monotonic_clock) {
		printf("FAIL: this platform has no tick\n");
		return 1;
	}
	check_rate();
	check_halt_while_ticking();
	check_switching();
	if (fails)
		return 1;
	printf("SUCCESS\n");
	return 0;
}

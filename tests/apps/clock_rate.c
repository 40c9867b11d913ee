/*
 * The kvm x86_64 monotonic clock against the TSC it is made of, for
 * tests/test_kvm_clock.py: how long the first read took (in cycles: the
 * clock is not known yet), 100 ms of reads in a row (the HPET's window
 * ends within them) and how many went backwards, a 300 ms nanosleep
 * (the LAPIC timer's rate, measured at its first use), and the cycles
 * the TSC counted in one second of the clock from 1.5 s after its first
 * read on (the TSC's rate as the platform measured it; the test
 * compares it with the host's).
 */
#include <stdio.h>
#include <time.h>
#include <x86intrin.h>

static long long mono(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(void)
{
	struct timespec req = { 0, 300000000 };
	unsigned long long c0, c1, ca, cb;
	long long t0, t, prev, reads = 0, back = 0, s0, slept, ta, tb;

	c0 = __rdtsc();
	t0 = mono();
	c1 = __rdtsc();
	prev = t0;
	do {
		t = mono();
		back += t < prev;
		prev = t;
		reads++;
	} while (t - t0 < 100000000);
	s0 = mono();
	nanosleep(&req, NULL);
	slept = mono() - s0;
	/* Past the clock's first 1.5 s: without an HPET its rate is
	 * refined over the first second (kvm x86_64's clock.c). */
	while (mono() - t0 < 1500000000)
		;
	ca = __rdtsc();
	ta = mono();
	do
		tb = mono();
	while (tb - ta < 1000000000);
	cb = __rdtsc();
	printf("first read: %llu cycles\n", c1 - c0);
	printf("reads: %lld, backwards: %lld\n", reads, back);
	printf("slept: %lld ns\n", slept);
	printf("tsc: %llu cycles in %lld ns\n", cb - ca, tb - ta);
	return 0;
}

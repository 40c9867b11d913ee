/* Processor time: the unikernel is the only program on its CPU, so the
 * time it used is the time that passed, counted from the first question
 * (a program measures differences; the first answer is 0). */
#include <uk/plat/time.h>

unsigned long long _nolibc_cpu_ns(void)
{
	static unsigned long long base;
	unsigned long long now;

	if (!ukplat_monotonic_clock)
		return 0;
	now = ukplat_monotonic_clock();
	if (!base)
		base = now;
	return now - base;
}

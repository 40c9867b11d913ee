/* Time: ukplat_halt_to sleeps until a monotonic deadline (argv[1] ms,
 * default 50); prints the elapsed milliseconds and the wall clock in
 * seconds since the epoch. */
#include <stdio.h>
#include <stdlib.h>
#include <uk/plat/linuxu.h>

int main(int argc, char *argv[])
{
	unsigned long long ms = argc > 1 ? strtoull(argv[1], 0, 10) : 50;
	unsigned long long t0 = ukplat_monotonic_clock(), t1;

	printf("sleeping\n");
	do
		ukplat_halt_to(t0 + ms * 1000000ULL);
	while ((t1 = ukplat_monotonic_clock()) < t0 + ms * 1000000ULL);
	printf("elapsed_ms=%llu wall_s=%llu\n", (t1 - t0) / 1000000ULL,
	       ukplat_wall_clock() / 1000000000ULL);
	return 0;
}

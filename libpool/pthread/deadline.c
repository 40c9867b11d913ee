/* Absolute times of timed waits as uklock deadlines. */
#include <uk/plat/time.h>
#include "internal.h"

#define CLOCK_MONOTONIC	1	/* Linux's clock ids */
#define NSEC		1000000000LL

/* @sec.@nsec on @clock as a ukplat_monotonic_clock() deadline (never 0,
 * which uklock reads as "none"); 0 when the platform lacks a clock. */
unsigned long long _pthread_deadline(int clock, long long sec, long nsec)
{
	unsigned long long t, now, wall;

	if (!ukplat_monotonic_clock)
		return 0;
	if (sec < 0)
		t = 0;
	else if (sec >= (long long)(~0ULL / NSEC))
		t = ~0ULL;	/* past year 2500: forever */
	else
		t = (unsigned long long)sec * NSEC + nsec;
	if (clock == CLOCK_MONOTONIC)
		return t ? t : 1;
	wall = ukplat_wall_clock ? ukplat_wall_clock() : 0;
	if (!wall)
		return 0;
	now = ukplat_monotonic_clock();
	if (t <= wall)
		return now;
	return now + (t - wall) < now ? ~0ULL : now + (t - wall);
}

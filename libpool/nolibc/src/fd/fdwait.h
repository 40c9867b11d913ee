/* Waiting inside nolibc's own fd kinds (eventfd, socket pairs): they
 * notify pollers through vfscore, but a blocking read or write on them
 * has no wait queue of its own, so it naps a millisecond between looks
 * (nanosleep lets other threads run when a scheduler is linked). */
#ifndef _NOLIBC_FDWAIT_H
#define _NOLIBC_FDWAIT_H

#include <time.h>

static inline void _nolibc_fdnap(void)
{
	struct timespec t = { 0, 1000000 };

	nanosleep(&t, 0);
}

#endif

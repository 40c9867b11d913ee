#include <errno.h>
#include <string.h>
#include <sys/resource.h>

unsigned long long _nolibc_cpu_ns(void);

/* All of the unikernel's time is user time (see time/cputime.c); there
 * are no children. */
int getrusage(int who, struct rusage *ru)
{
	unsigned long long us = _nolibc_cpu_ns() / 1000;

	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN &&
	    who != RUSAGE_THREAD) {
		errno = EINVAL;
		return -1;
	}
	memset(ru, 0, sizeof(*ru));
	if (who != RUSAGE_CHILDREN) {
		ru->ru_utime.tv_sec = us / 1000000;
		ru->ru_utime.tv_usec = us % 1000000;
	}
	return 0;
}

/* Resource limits and use (glibc's struct rlimit and struct rusage, Linux's
 * RLIMIT_ and PRIO_ numbers: patches/0013). The limits and the nice value
 * are ukposix's (uk/posix.h); CPU time is the time since boot (one
 * process, never idle for another), as times() says. */
#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <uk/plat/time.h>
#include <uk/posix.h>
#include "fd.h"

_Static_assert(sizeof(struct rlimit) == sizeof(struct ukposix_rlimit) &&
	       RLIMIT_NLIMITS == UKPOSIX_RLIMIT_NLIMITS,
	       "newlib's struct rlimit is glibc's (patches/0013)");

int getrlimit(int what, struct rlimit *r)
{
	return glue_ret(ukposix_getrlimit(what, (struct ukposix_rlimit *)r));
}

int setrlimit(int what, const struct rlimit *r)
{
	return glue_ret(ukposix_setrlimit(what,
					  (const struct ukposix_rlimit *)r));
}

int getrusage(int who, struct rusage *u)
{
	unsigned long long us;

	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN) {
		errno = EINVAL;
		return -1;
	}
	memset(u, 0, sizeof(*u));
	if (who == RUSAGE_SELF && ukplat_monotonic_clock) {
		us = ukplat_monotonic_clock() / 1000;
		u->ru_utime.tv_sec = us / 1000000;
		u->ru_utime.tv_usec = us % 1000000;
	}
	return 0;
}

int getpriority(int which, id_t who)
{
	int nice, r = ukposix_getpriority(which, who, &nice);

	return r < 0 ? (int)glue_ret(r) : nice;
}

int setpriority(int which, id_t who, int prio)
{
	return glue_ret(ukposix_setpriority(which, who, prio));
}

int nice(int inc)
{
	setpriority(PRIO_PROCESS, 0, getpriority(PRIO_PROCESS, 0) + inc);
	return getpriority(PRIO_PROCESS, 0);
}

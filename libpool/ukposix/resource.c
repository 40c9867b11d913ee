/* Resource limits and the scheduling priority of the one process: a
 * table a program may lower (or raise up to the hard limit), and a nice
 * value that is kept and reported (it changes nothing: there is no other
 * process to yield to). Only RLIMIT_NOFILE and RLIMIT_STACK match
 * something real. */
#include <uk/posix.h>
#include <uk/vfs.h>
#include <errno.h>

#define INF	(~0UL)		/* RLIM_INFINITY */

static struct ukposix_rlimit lim[UKPOSIX_RLIMIT_NLIMITS] = {
	[0] = { INF, INF },		/* CPU */
	[1] = { INF, INF },		/* FSIZE */
	[2] = { INF, INF },		/* DATA */
	/* the boot stack main runs on (plat/kvm and plat/xen's entry.S;
	 * linuxu's process stack is larger) */
	[3] = { 65536, 65536 },		/* STACK */
	[4] = { 0, 0 },			/* CORE */
	[5] = { INF, INF },		/* RSS */
	[6] = { 1, 1 },			/* NPROC */
	[7] = { VFSCORE_NR_FDS, VFSCORE_NR_FDS },	/* NOFILE */
	[8] = { INF, INF },		/* MEMLOCK */
	[9] = { INF, INF },		/* AS */
	[10] = { INF, INF },		/* LOCKS */
	[11] = { 0, 0 },		/* SIGPENDING */
	[12] = { 819200, 819200 },	/* MSGQUEUE */
	[13] = { 0, 0 },		/* NICE */
	[14] = { 0, 0 },		/* RTPRIO */
	[15] = { INF, INF },		/* RTTIME */
};

int ukposix_getrlimit(int res, struct ukposix_rlimit *rl)
{
	if ((unsigned int)res >= UKPOSIX_RLIMIT_NLIMITS)
		return -EINVAL;
	*rl = lim[res];
	return 0;
}

int ukposix_setrlimit(int res, const struct ukposix_rlimit *rl)
{
	if ((unsigned int)res >= UKPOSIX_RLIMIT_NLIMITS || rl->cur > rl->max)
		return -EINVAL;
	if (rl->max > lim[res].max)
		return -EPERM;
	lim[res] = *rl;
	return 0;
}

static int niceval;

/* PRIO_PROCESS, PRIO_PGRP or PRIO_USER (0, 1, 2) of ourselves: who 0
 * (the caller) or 1 (our pid, group; root's uid is 0). */
static int self(int which, unsigned int who)
{
	if ((unsigned int)which > 2)
		return -EINVAL;
	return who > 1 ? -ESRCH : 0;
}

int ukposix_getpriority(int which, unsigned int who, int *nice)
{
	int r = self(which, who);

	if (!r)
		*nice = niceval;
	return r;
}

int ukposix_setpriority(int which, unsigned int who, int nice)
{
	int r = self(which, who);

	if (!r)
		niceval = nice < -20 ? -20 : nice > 19 ? 19 : nice;
	return r;
}

/* Resource limits: a table a program may lower (or raise up to the hard
 * limit); only RLIMIT_NOFILE matches something real (vfscore's fd table,
 * VFSCORE_NR_FDS). */
#include <errno.h>
#include <sys/resource.h>
#include <uk/vfs.h>

static struct rlimit lim[RLIM_NLIMITS] = {
	[RLIMIT_CPU] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_FSIZE] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_DATA] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_STACK] = { 8 << 20, RLIM_INFINITY },
	[RLIMIT_CORE] = { 0, 0 },
	[RLIMIT_RSS] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_NPROC] = { 1, 1 },
	[RLIMIT_NOFILE] = { VFSCORE_NR_FDS, VFSCORE_NR_FDS },
	[RLIMIT_MEMLOCK] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_AS] = { RLIM_INFINITY, RLIM_INFINITY },
	[10] = { RLIM_INFINITY, RLIM_INFINITY },	/* LOCKS */
	[11] = { 0, 0 },				/* SIGPENDING */
	[12] = { 819200, 819200 },			/* MSGQUEUE */
	[13] = { 0, 0 },				/* NICE */
	[14] = { 0, 0 },				/* RTPRIO */
	[15] = { RLIM_INFINITY, RLIM_INFINITY },	/* RTTIME */
};

int getrlimit(int res, struct rlimit *rl)
{
	if ((unsigned int)res >= RLIM_NLIMITS) {
		errno = EINVAL;
		return -1;
	}
	*rl = lim[res];
	return 0;
}

int setrlimit(int res, const struct rlimit *rl)
{
	if ((unsigned int)res >= RLIM_NLIMITS || rl->rlim_cur > rl->rlim_max) {
		errno = EINVAL;
		return -1;
	}
	if (rl->rlim_max > lim[res].rlim_max) {
		errno = EPERM;
		return -1;
	}
	lim[res] = *rl;
	return 0;
}

int prlimit(int pid, int res, const struct rlimit *nl, struct rlimit *ol)
{
	if (pid && pid != 1) {
		errno = ESRCH;
		return -1;
	}
	if (ol && getrlimit(res, ol) < 0)
		return -1;
	return nl ? setrlimit(res, nl) : 0;
}

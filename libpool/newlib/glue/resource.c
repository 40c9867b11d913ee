/* Resource limits and use (glibc's struct rlimit and struct rusage, Linux's
 * RLIMIT_ and PRIO_ numbers: patches/0013). Limits are recorded, and only
 * RLIMIT_NOFILE (vfscore's descriptors) and RLIMIT_STACK mean something;
 * CPU time is the time since boot (one process, never idle for another),
 * as times() says. */
#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <uk/plat/time.h>

static struct rlimit limits[RLIMIT_NLIMITS];
static int priority;

static int bad(int e)
{
	errno = e;
	return -1;
}

static struct rlimit dflt(int what)
{
	if (what == RLIMIT_NOFILE)
		return (struct rlimit){ 64, 64 };	/* VFSCORE_NR_FDS */
	if (what == RLIMIT_STACK)
		return (struct rlimit){ 65536, 65536 };
	return (struct rlimit){ RLIM_INFINITY, RLIM_INFINITY };
}

int getrlimit(int what, struct rlimit *r)
{
	if (what < 0 || what >= RLIMIT_NLIMITS)
		return bad(EINVAL);
	*r = limits[what].rlim_max ? limits[what] : dflt(what);
	return 0;
}

int setrlimit(int what, const struct rlimit *r)
{
	struct rlimit now;

	if (getrlimit(what, &now) || r->rlim_cur > r->rlim_max)
		return bad(EINVAL);
	if (r->rlim_max > now.rlim_max)
		return bad(EPERM);
	limits[what] = *r;
	return 0;
}

int getrusage(int who, struct rusage *u)
{
	unsigned long long us;

	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN)
		return bad(EINVAL);
	memset(u, 0, sizeof(*u));
	if (who == RUSAGE_SELF && ukplat_monotonic_clock) {
		us = ukplat_monotonic_clock() / 1000;
		u->ru_utime.tv_sec = us / 1000000;
		u->ru_utime.tv_usec = us % 1000000;
	}
	return 0;
}

/* One process: 0 (ourselves) or 1 (pid, group, user root... all 1 or 0)
 * names it; anything else is no such process. */
static int check(int which, id_t who)
{
	if (which < PRIO_PROCESS || which > PRIO_USER)
		return EINVAL;
	return who > 1 ? ESRCH : 0;
}

int getpriority(int which, id_t who)
{
	int e = check(which, who);

	return e ? bad(e) : priority;
}

int setpriority(int which, id_t who, int prio)
{
	int e = check(which, who);

	if (e)
		return bad(e);
	priority = prio < -20 ? -20 : prio > 19 ? 19 : prio;
	return 0;
}

int nice(int inc)
{
	setpriority(PRIO_PROCESS, 0, priority + inc);
	return priority;
}

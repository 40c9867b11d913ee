/* Resource limits: ukposix's table (uk/posix.h), in glibc's struct
 * rlimit. */
#include <errno.h>
#include <sys/resource.h>
#include <uk/posix.h>

_Static_assert(sizeof(struct rlimit) == sizeof(struct ukposix_rlimit) &&
	       RLIM_NLIMITS == UKPOSIX_RLIMIT_NLIMITS,
	       "struct rlimit is not glibc's");

static int ret(int r)
{
	if (r < 0) {
		errno = -r;
		return -1;
	}
	return 0;
}

int getrlimit(int res, struct rlimit *rl)
{
	return ret(ukposix_getrlimit(res, (struct ukposix_rlimit *)rl));
}

int setrlimit(int res, const struct rlimit *rl)
{
	return ret(ukposix_setrlimit(res,
				     (const struct ukposix_rlimit *)rl));
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

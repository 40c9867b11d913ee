/* One process: pid 1, its parent 0 (none), its own group and session. */
#include <errno.h>
#include <unistd.h>

pid_t getpid(void)
{
	return 1;
}

pid_t getppid(void)
{
	return 0;
}

pid_t getpgrp(void)
{
	return 1;
}

pid_t getpgid(pid_t pid)
{
	if (pid && pid != 1) {
		errno = ESRCH;
		return -1;
	}
	return 1;
}

pid_t getsid(pid_t pid)
{
	return getpgid(pid);
}

pid_t setsid(void)
{
	errno = EPERM;		/* already a group leader */
	return -1;
}

int setpgid(pid_t pid, pid_t pgid)
{
	if ((pid && pid != 1) || (pgid && pgid != 1)) {
		errno = ESRCH;
		return -1;
	}
	return 0;
}

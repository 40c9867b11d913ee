/* Scheduling priority: ukposix's nice value of the one process. */
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>
#include <uk/posix.h>

int getpriority(int which, int who)
{
	int nice, r = ukposix_getpriority(which, (unsigned int)who, &nice);

	if (r < 0) {
		errno = -r;
		return -1;
	}
	return nice;
}

int setpriority(int which, int who, int prio)
{
	int r = ukposix_setpriority(which, (unsigned int)who, prio);

	if (r < 0) {
		errno = -r;
		return -1;
	}
	return 0;
}

int nice(int inc)
{
	int now = getpriority(PRIO_PROCESS, 0);

	setpriority(PRIO_PROCESS, 0, now + inc);
	return getpriority(PRIO_PROCESS, 0);
}

/* One CPU: affinity masks must include CPU 0, and that is all they get. */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <string.h>

int sched_getaffinity(int pid, size_t size, cpu_set_t *set)
{
	if (pid && pid != 1) {
		errno = ESRCH;
		return -1;
	}
	if (!size) {
		errno = EINVAL;
		return -1;
	}
	memset(set, 0, size);
	*(unsigned char *)set = 1;
	return 0;
}

int sched_setaffinity(int pid, size_t size, const cpu_set_t *set)
{
	if (pid && pid != 1) {
		errno = ESRCH;
		return -1;
	}
	if (!size || !(*(const unsigned char *)set & 1)) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

int sched_getcpu(void)
{
	return 0;
}

#include <sys/time.h>
#include <errno.h>
#include <uk/plat/time.h>

int gettimeofday(struct timeval *tv, void *tz)
{
	unsigned long long ns = ukplat_wall_clock ? ukplat_wall_clock() : 0;

	if (tz)
		*(struct timezone *)tz = (struct timezone){ 0, 0 };
	if (!ns) {
		errno = ENOSYS;
		return -1;
	}
	if (tv) {
		tv->tv_sec = ns / 1000000000ULL;
		tv->tv_usec = ns % 1000000000ULL / 1000;
	}
	return 0;
}

#include <time.h>
#include <errno.h>
#include <uk/plat/time.h>

time_t time(time_t *t)
{
	unsigned long long ns = ukplat_wall_clock ? ukplat_wall_clock() : 0;
	time_t s = ns ? (time_t)(ns / 1000000000ULL) : (time_t)-1;

	if (!ns)
		errno = ENOSYS;
	if (t)
		*t = s;
	return s;
}

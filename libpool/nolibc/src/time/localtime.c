#include <time.h>

/* No time zones: local time is UTC (docs/time.md). */
struct tm *localtime_r(const time_t *t, struct tm *tm)
{
	return gmtime_r(t, tm);
}

struct tm *localtime(const time_t *t)
{
	return gmtime(t);
}

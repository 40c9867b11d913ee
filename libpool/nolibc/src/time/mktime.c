#include <time.h>

/* No time zones: local time is UTC (docs/time.md). */
time_t mktime(struct tm *tm)
{
	return timegm(tm);
}

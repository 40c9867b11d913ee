#include <time.h>

/* No time zones: local time is UTC (docs/time.md); *tm is normalised as
 * local time, zone "UTC" (timegm's is "GMT"). */
time_t mktime(struct tm *tm)
{
	time_t t = timegm(tm);

	tm->tm_zone = "UTC";
	return t;
}

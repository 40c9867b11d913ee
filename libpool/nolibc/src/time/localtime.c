#include <time.h>

/* No time zones: local time is UTC (docs/time.md), named "UTC" as glibc
 * names it with TZ unset (gmtime's is "GMT"). */
struct tm *localtime_r(const time_t *t, struct tm *tm)
{
	if (!gmtime_r(t, tm))
		return NULL;
	tm->tm_zone = "UTC";
	return tm;
}

struct tm *localtime(const time_t *t)
{
	struct tm *tm = gmtime(t);

	if (tm)
		tm->tm_zone = "UTC";
	return tm;
}

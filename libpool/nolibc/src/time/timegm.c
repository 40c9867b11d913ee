#include <time.h>
#include <uk/timeconv.h>

time_t timegm(struct tm *tm)
{
	struct uk_tm u = {
		.year = 1900 + (int64_t)tm->tm_year, .mon = tm->tm_mon,
		.mday = tm->tm_mday, .hour = tm->tm_hour, .min = tm->tm_min,
		.sec = tm->tm_sec,
	};
	time_t t = uk_timeconv_join(&u);

	/* Normalise *tm, as POSIX asks of mktime. */
	gmtime_r(&t, tm);
	return t;
}

#include <time.h>
#include <errno.h>
#include <limits.h>
#include <uk/timeconv.h>

struct tm *gmtime_r(const time_t *t, struct tm *tm)
{
	struct uk_tm u;

	uk_timeconv_split(*t, &u);
	if (u.year - 1900 > INT_MAX || u.year - 1900 < INT_MIN) {
		errno = EOVERFLOW;
		return 0;
	}
	tm->tm_sec = u.sec;
	tm->tm_min = u.min;
	tm->tm_hour = u.hour;
	tm->tm_mday = u.mday;
	tm->tm_mon = u.mon;
	tm->tm_year = (int)(u.year - 1900);
	tm->tm_wday = u.wday;
	tm->tm_yday = u.yday;
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = "GMT";	/* as glibc: gmtime is GMT, localtime UTC */
	return tm;
}

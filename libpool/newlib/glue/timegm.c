/* timegm: a broken-down UTC time as seconds since the epoch (a BSD and
 * GNU call newlib lacks), normalising out-of-range fields as mktime does. */
#include <time.h>

time_t timegm(struct tm *tm);

/* Days from 1970-01-01 to year-month-day (proleptic Gregorian; month
 * 1-12), after Howard Hinnant's days_from_civil. */
static long long days(long long y, int m, int d)
{
	long long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

time_t timegm(struct tm *tm)
{
	long long mon = tm->tm_mon, y = tm->tm_year + 1900LL + mon / 12;
	long long t;

	mon %= 12;
	if (mon < 0) {
		mon += 12;
		y--;
	}
	t = days(y, (int)mon + 1, 1) + tm->tm_mday - 1;
	t = ((t * 24 + tm->tm_hour) * 60 + tm->tm_min) * 60 + tm->tm_sec;
	gmtime_r(&(time_t){ (time_t)t }, tm);
	return (time_t)t;
}

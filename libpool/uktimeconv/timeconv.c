/*
 * Calendar arithmetic on days since 1970-01-01. Years are counted from
 * March, so that the leap day is the last day of its year and a month's
 * first day is a linear function of its index (months of 31 and 30 days
 * alternate from March, with a period of 5 months = 153 days); 400
 * Gregorian years are exactly 146097 days, so everything reduces to a
 * position inside one 400-year cycle. (The method is H. Hinnant's
 * "chrono-compatible low-level date algorithms", written anew here.)
 */
#include <uk/timeconv.h>

#define DAYS_PER_400Y	146097
/* Days from 0000-03-01 (the start of a cycle) to 1970-01-01. */
#define EPOCH_SHIFT	719468
#define SECS_PER_DAY	86400

/* Division that rounds towards minus infinity, for negative dates. */
static int64_t fdiv(int64_t a, int64_t b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

int uk_timeconv_leap(int64_t year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* First day of the March-based month mp (0 = March) within its year. */
static int64_t month_start(int64_t mp)
{
	return (153 * mp + 2) / 5;
}

int64_t uk_timeconv_days(int64_t year, int mon, int mday)
{
	int64_t y = year + fdiv(mon, 12), m = mon - 12 * fdiv(mon, 12);
	int64_t mp = (m + 10) % 12;	/* March = 0 ... February = 11 */
	int64_t cycle, yoc, doc;

	if (mp >= 10)
		y--;			/* January, February: year before */
	cycle = fdiv(y, 400);
	yoc = y - cycle * 400;
	doc = yoc * 365 + yoc / 4 - yoc / 100 + month_start(mp) + mday - 1;
	return cycle * DAYS_PER_400Y + doc - EPOCH_SHIFT;
}

void uk_timeconv_from_days(int64_t days, struct uk_tm *tm)
{
	int64_t z = days + EPOCH_SHIFT;
	int64_t cycle = fdiv(z, DAYS_PER_400Y);
	int64_t doc = z - cycle * DAYS_PER_400Y;	/* 0 .. 146096 */
	/* Year of cycle: remove the leap days before doc (one per 1461
	 * days, but none per 36524 and one again at the cycle's end). */
	int64_t yoc = (doc - doc / 1460 + doc / 36524 - doc / 146096) / 365;
	int64_t doy = doc - (365 * yoc + yoc / 4 - yoc / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int64_t y = cycle * 400 + yoc;

	tm->mday = (int)(doy - month_start(mp) + 1);
	tm->mon = (int)(mp < 10 ? mp + 2 : mp - 10);
	tm->year = y + (mp >= 10);
	tm->wday = (int)(days - 7 * fdiv(days + 4, 7) + 4);	/* Thursday */
	tm->yday = (int)(days - uk_timeconv_days(tm->year, 0, 1));
}

void uk_timeconv_split(int64_t t, struct uk_tm *tm)
{
	int64_t days = fdiv(t, SECS_PER_DAY);
	int64_t s = t - days * SECS_PER_DAY;

	uk_timeconv_from_days(days, tm);
	tm->hour = (int)(s / 3600);
	tm->min = (int)(s / 60 % 60);
	tm->sec = (int)(s % 60);
}

int64_t uk_timeconv_join(const struct uk_tm *tm)
{
	return uk_timeconv_days(tm->year, tm->mon, tm->mday) * SECS_PER_DAY +
	       (int64_t)tm->hour * 3600 + (int64_t)tm->min * 60 + tm->sec;
}

/* gmtime_r, timegm and mktime (nolibc, on uktimeconv) against known
 * dates, including negative epochs, leap years and 2038+; timegm's
 * normalisation of out-of-range fields; strftime. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "dates.h"
#include <uk/test.h>

static void check_date(const struct known_date *k)
{
	time_t t = k->t;
	struct tm tm, back;

	memset(&tm, 0x55, sizeof(tm));
	CHECK(gmtime_r(&t, &tm) == &tm);
	if (tm.tm_year + 1900 != k->year || tm.tm_mon != k->mon ||
	    tm.tm_mday != k->mday || tm.tm_hour != k->hour ||
	    tm.tm_min != k->min || tm.tm_sec != k->sec ||
	    tm.tm_wday != k->wday || tm.tm_yday != k->yday ||
	    tm.tm_isdst != 0) {
		printf("FAIL gmtime_r(%lld): %d-%d-%d %d:%d:%d wday %d yday %d\n",
		       k->t, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
		       tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday,
		       tm.tm_yday);
		fails++;
	}
	back = tm;
	CHECK(timegm(&back) == t);
	CHECK(mktime(&tm) == t);
}

static void check_normalise(void)
{
	/* 2023-14-32 25:61:61 is 2024-03-04 02:02:01. */
	struct tm tm = { .tm_year = 123, .tm_mon = 13, .tm_mday = 32,
			 .tm_hour = 25, .tm_min = 61, .tm_sec = 61 };
	time_t t = timegm(&tm);

	CHECK(t == 1709517721);
	CHECK(tm.tm_year == 124 && tm.tm_mon == 2 && tm.tm_mday == 4);
	CHECK(tm.tm_hour == 2 && tm.tm_min == 2 && tm.tm_sec == 1);
	CHECK(tm.tm_wday == 1 && tm.tm_yday == 63);
	/* Day 0 is the last day of the month before: 2000-02-29. */
	tm = (struct tm){ .tm_year = 100, .tm_mon = 2, .tm_mday = 0 };
	CHECK(timegm(&tm) == 951782400 && tm.tm_mon == 1 && tm.tm_mday == 29);
	tm = (struct tm){ .tm_year = 70, .tm_mon = -1, .tm_mday = 1 };
	CHECK(timegm(&tm) == -2678400 && tm.tm_year == 69 && tm.tm_mon == 11);
}

static void check_strftime(void)
{
	time_t t = 951825600;	/* 2000-02-29 12:00:00, a Tuesday */
	struct tm tm;
	char b[80];

	gmtime_r(&t, &tm);
	CHECK(strftime(b, sizeof(b), "%F %T %a %b %j %Z %s", &tm) == 45);
	CHECK(!strcmp(b, "2000-02-29 12:00:00 Tue Feb 060 GMT 951825600"));
	CHECK(strftime(b, 10, "%c", &tm) == 0);
}

int main(void)
{
	unsigned int i;

	for (i = 0; i < NKNOWN_DATES; i++)
		check_date(&known_dates[i]);
	check_normalise();
	check_strftime();
	if (fails)
		return 1;
	printf("%u known dates\nSUCCESS\n", (unsigned int)NKNOWN_DATES);
	return 0;
}

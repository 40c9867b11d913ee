/*
 * Calendar conversion between seconds since 1970-01-01 00:00:00 UTC and
 * broken-down UTC time, in the proleptic Gregorian calendar (leap years:
 * every 4th, except every 100th, except every 400th). No time zones and
 * no leap seconds: the unikernel's time is UTC, as POSIX time_t counts
 * it. All functions are pure and need no initialisation.
 */
#ifndef UK_TIMECONV_H
#define UK_TIMECONV_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_tm {
	int64_t year;		/* the year itself: 1970, 2038, -1 (2 BC) */
	int mon;		/* 0-11 */
	int mday;		/* 1-31 */
	int hour, min, sec;	/* 0-23, 0-59, 0-59 */
	int wday;		/* 0-6, 0 = Sunday */
	int yday;		/* 0-365, 0 = 1 January */
};

/* 1 if year is a leap year, else 0. */
int uk_timeconv_leap(int64_t year);

/* Days from 1970-01-01 to year-(mon+1)-mday; mon and mday may lie
 * outside their ranges and carry into the year and month (mon 12 is
 * January of the next year, mday 0 the last day of the month before).
 * Negative before 1970. Exact for |year| below 2^50. */
int64_t uk_timeconv_days(int64_t year, int mon, int mday);

/* The date of day number days (as counted by uk_timeconv_days): fills
 * year, mon, mday, wday and yday of *tm, and nothing else. */
void uk_timeconv_from_days(int64_t days, struct uk_tm *tm);

/* Splits t, in seconds since the epoch (negative before it), into *tm.
 * Every t is valid. */
void uk_timeconv_split(int64_t t, struct uk_tm *tm);

/* Seconds since the epoch of *tm, whose fields (wday and yday ignored)
 * may lie outside their ranges and carry, as in timegm(). */
int64_t uk_timeconv_join(const struct uk_tm *tm);

#ifdef __cplusplus
}
#endif

#endif /* UK_TIMECONV_H */

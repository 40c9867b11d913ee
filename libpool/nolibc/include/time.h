/*
 * Time (C11 7.27, POSIX), with glibc's x86_64 layouts so that objects
 * compiled against glibc's headers agree. There are no time zones: local
 * time is UTC, mktime() is timegm(), tm_isdst is 0 (docs/time.md).
 */
#ifndef _TIME_H
#define _TIME_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

struct tm {
	int tm_sec, tm_min, tm_hour;	/* 0-60, 0-59, 0-23 */
	int tm_mday, tm_mon, tm_year;	/* 1-31, 0-11, years since 1900 */
	int tm_wday, tm_yday;		/* 0-6 (Sunday = 0), 0-365 */
	int tm_isdst;			/* always 0 */
	long tm_gmtoff;			/* always 0 */
	const char *tm_zone;		/* "UTC" (localtime), "GMT" (gmtime) */
};

#define CLOCK_REALTIME		0
#define CLOCK_MONOTONIC		1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID	3
#define CLOCK_MONOTONIC_RAW	4
#define CLOCK_REALTIME_COARSE	5
#define CLOCK_MONOTONIC_COARSE	6
#define CLOCK_BOOTTIME		7

/* clock() units (POSIX's value, glibc's). */
#define CLOCKS_PER_SEC		1000000l

/* Reads clock id (the ones above; the monotonic ones are one clock, from
 * boot or before; the CPU-time ones count from the first time a program
 * asks, as the unikernel is all its CPU runs) into *ts. Returns 0, or -1
 * with errno EINVAL (unknown id) or ENOSYS (the platform has no clock). */
int clock_gettime(clockid_t id, struct timespec *ts);
/* 1 ns for every clock. */
int clock_getres(clockid_t id, struct timespec *res);
/* Processor time used, in CLOCKS_PER_SEC: the time since the program
 * first asked for CPU time. */
clock_t clock(void);
double difftime(time_t end, time_t start);

/* No time zones: tzset does nothing, tzname is { "UTC", "UTC" },
 * timezone and daylight are 0. */
void tzset(void);
extern char *tzname[2];
extern long timezone;
extern int daylight;

/* Seconds since the epoch, also stored in *t unless t is NULL; (time_t)-1
 * with errno ENOSYS when the platform has no wall clock. */
time_t time(time_t *t);

/* Waits at least *req (halting the CPU: no other thread runs). Never
 * interrupted: returns 0 and, unless rem is NULL, zero in *rem; -1 with
 * errno EINVAL for a negative time or tv_nsec out of 0..999999999, or
 * ENOSYS when the platform has no clock. */
int nanosleep(const struct timespec *req, struct timespec *rem);

/* Breaks t down into UTC in *tm; returns tm, or NULL with errno EOVERFLOW
 * if the year does not fit in an int. gmtime() uses one static struct. */
struct tm *gmtime_r(const time_t *t, struct tm *tm);
struct tm *gmtime(const time_t *t);
/* The same: local time is UTC. */
struct tm *localtime_r(const time_t *t, struct tm *tm);
struct tm *localtime(const time_t *t);

/* Seconds since the epoch of *tm taken as UTC; out-of-range fields carry,
 * and *tm is rewritten normalised (wday, yday too). mktime is the same. */
time_t timegm(struct tm *tm);
time_t mktime(struct tm *tm);

/* Formats *tm into s (at most max bytes, terminator included) in the C
 * locale; the zone is always UTC (%Z: tm_zone, "UTC" if NULL; %z
 * "+0000"). All C99 and
 * POSIX conversions; E and O modifiers are ignored. Returns the length,
 * or 0 if it did not fit. */
size_t strftime(char *s, size_t max, const char *fmt, const struct tm *tm);
/* "Sun Sep 16 01:03:52 1973\n" (26 bytes with the NUL); ctime formats
 * the local time, which is UTC. */
char *asctime(const struct tm *tm);
char *asctime_r(const struct tm *tm, char *buf);
char *ctime(const time_t *t);
char *ctime_r(const time_t *t, char *buf);
/* Parses @s by @fmt in the C locale (the conversions strftime writes but
 * %U %W %u %g %G %V; %z reads +hhmm but changes nothing: times are UTC)
 * into the fields of *@tm it names; the first byte not parsed, or NULL. */
char *strptime(const char *s, const char *fmt, struct tm *tm);

#ifdef __cplusplus
}
#endif

#endif

/* Host test of uktimeconv against glibc's gmtime_r/timegm and the known
 * dates: gcc -I ../../include timeconv_vs_glibc.c ../../timeconv.c
 * (tests/test_time_host.py runs it). Prints "N checked" or FAIL lines. */
#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>
#include <uk/timeconv.h>
#include "../dates.h"

static int fails;
static long checked;

static void against_glibc(long long t)
{
	struct uk_tm u;
	struct tm g;
	time_t tt = t;

	if (!gmtime_r(&tt, &g))
		return;
	uk_timeconv_split(t, &u);
	checked++;
	if (u.year != g.tm_year + 1900LL || u.mon != g.tm_mon ||
	    u.mday != g.tm_mday || u.hour != g.tm_hour || u.min != g.tm_min ||
	    u.sec != g.tm_sec || u.wday != g.tm_wday || u.yday != g.tm_yday ||
	    uk_timeconv_join(&u) != t || timegm(&g) != t) {
		if (fails++ < 10)
			printf("FAIL %lld: %lld-%d-%d %d:%d:%d\n", t, (long long)u.year,
			       u.mon + 1, u.mday, u.hour, u.min, u.sec);
	}
}

int main(void)
{
	unsigned long long x = 88172645463325252ULL;
	long long t;
	unsigned int i;

	for (i = 0; i < NKNOWN_DATES; i++) {
		const struct known_date *k = &known_dates[i];
		struct uk_tm u;

		uk_timeconv_split(k->t, &u);
		checked++;
		if (u.year != k->year || u.mon != k->mon || u.mday != k->mday ||
		    u.hour != k->hour || u.min != k->min || u.sec != k->sec ||
		    u.wday != k->wday || u.yday != k->yday ||
		    uk_timeconv_join(&u) != k->t) {
			fails++;
			printf("FAIL known date %lld\n", k->t);
		}
	}
	/* Every day (at a varying time) from 1600 to 2500. */
	for (t = -11676096000LL; t < 16725225600LL; t += 86400 + 3607)
		against_glibc(t);
	/* Random seconds over +-3e11 (years -7500 to 11500). */
	for (i = 0; i < 1000000; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		against_glibc((long long)(x % 600000000000ULL) - 300000000000LL);
	}
	for (t = -100000; t < 100000; t++)
		against_glibc(t);
	if (uk_timeconv_leap(1900) || !uk_timeconv_leap(2000) ||
	    uk_timeconv_leap(2100) || !uk_timeconv_leap(2024) ||
	    !uk_timeconv_leap(-4) || !uk_timeconv_leap(0)) {
		fails++;
		printf("FAIL leap years\n");
	}
	printf("%ld checked, %d failed\n", checked, fails);
	return fails != 0;
}

/*
 * The CMOS real-time clock (MC146818, ports 0x70/0x71): QEMU sets it to
 * the host's UTC time. Read once, when the wall clock is first asked for.
 */
#include <stdint.h>
#include <uk/arch/io.h>
#include "x86_64.h"

#define CMOS_ADDR	0x70
#define CMOS_DATA	0x71
#define RTC_A_UIP	0x80	/* status A: update in progress */
#define RTC_B_24H	0x02
#define RTC_B_BINARY	0x04

static unsigned int cmos(unsigned int reg)
{
	outb(CMOS_ADDR, reg);	/* bit 7 clear: NMIs stay enabled */
	return inb(CMOS_DATA);
}

/* Seconds, minutes, hours, day, month, year, century. */
static const unsigned char regs[7] = { 0x00, 0x02, 0x04, 0x07, 0x08, 0x09,
				       0x32 };

static void rtc_sample(unsigned int v[7])
{
	int i;

	while (cmos(0x0a) & RTC_A_UIP)
		;
	for (i = 0; i < 7; i++)
		v[i] = cmos(regs[i]);
}

static unsigned int bcd(unsigned int v)
{
	return (v >> 4) * 10 + (v & 15);
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian, y >= 1970): the
 * kvm platform needs no calendar library for this one conversion. */
static int64_t days_since_epoch(int64_t y, unsigned int m, unsigned int d)
{
	static const unsigned short before[12] = { 0, 31, 59, 90, 120, 151,
						   181, 212, 243, 273, 304,
						   334 };
	int64_t leaps = (y - 1) / 4 - (y - 1) / 100 + (y - 1) / 400 -
			(1969 / 4 - 1969 / 100 + 1969 / 400);
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return (y - 1970) * 365 + leaps + before[m - 1] +
	       (leap && m > 2) + d - 1;
}

int64_t _kvm_rtc_seconds(void)
{
	unsigned int a[7], b[7], pm, i, same;
	unsigned int st_b = cmos(0x0b);
	int64_t year;

	/* Two equal samples: no update tore the read. */
	do {
		rtc_sample(a);
		rtc_sample(b);
		for (same = 1, i = 0; i < 7; i++)
			same &= a[i] == b[i];
	} while (!same);
	pm = a[2] & 0x80;
	a[2] &= 0x7f;
	if (!(st_b & RTC_B_BINARY))
		for (i = 0; i < 7; i++)
			a[i] = bcd(a[i]);
	if (!(st_b & RTC_B_24H))
		a[2] = a[2] % 12 + (pm ? 12 : 0);
	year = a[6] >= 19 && a[6] <= 99 ? a[6] * 100 + a[5] : 2000 + a[5];
	if (a[4] < 1 || a[4] > 12 || a[3] < 1 || a[3] > 31)
		return 0;	/* no RTC (reads as 0xff) or garbage */
	return days_since_epoch(year, a[4], a[3]) * 86400 + a[2] * 3600 +
	       a[1] * 60 + a[0];
}

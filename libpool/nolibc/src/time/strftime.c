/*
 * strftime in the C locale, UTC only (docs/time.md): the C99 and POSIX
 * conversions, the ISO 8601 week-based ones (%G %g %V) included; the E
 * and O modifiers are accepted and ignored; unknown conversions are
 * copied as they are.
 */
#include <time.h>
#include <stddef.h>

static const char *const days[7] = { "Sunday", "Monday", "Tuesday",
	"Wednesday", "Thursday", "Friday", "Saturday" };
static const char *const months[12] = { "January", "February", "March",
	"April", "May", "June", "July", "August", "September", "October",
	"November", "December" };

struct out {
	char *p;
	size_t n, max;
};

static void put(struct out *o, const char *s, size_t len)
{
	while (len--) {
		if (o->n + 1 < o->max)
			o->p[o->n] = *s;
		o->n++;
		s++;
	}
}

static void put_str(struct out *o, const char *s)
{
	size_t len = 0;

	while (s[len])
		len++;
	put(o, s, len);
}

/* v in at least width digits, padded with pad ('0' or ' '). */
static void put_num(struct out *o, long long v, int width, char pad)
{
	char b[24];
	int i = sizeof(b), neg = v < 0;
	unsigned long long u = neg ? -(unsigned long long)v : (unsigned long long)v;

	do {
		b[--i] = '0' + u % 10;
		u /= 10;
	} while (u);
	while ((int)sizeof(b) - i < width - neg)
		b[--i] = pad;
	if (neg)
		b[--i] = '-';
	put(o, b + i, sizeof(b) - i);
}

static int week(const struct tm *tm, int first_wday)
{
	return (tm->tm_yday + 7 - (tm->tm_wday + 7 - first_wday) % 7) / 7;
}

static int leap(long long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* ISO 8601 weeks of year @y whose January 1st falls on weekday @jan1
 * (0 Sunday): 53 when it starts on a Thursday, or on a Wednesday in a
 * leap year. */
static int iso_weeks(long long y, int jan1)
{
	return jan1 == 4 || (jan1 == 3 && leap(y)) ? 53 : 52;
}

/* The ISO 8601 week (1-53) of @tm, and in *@year the year it belongs
 * to: weeks start on Monday, week 1 holds the year's first Thursday. */
static int iso_week(const struct tm *tm, long long *year)
{
	long long y = 1900LL + tm->tm_year;
	int mon0 = (tm->tm_wday + 6) % 7;		/* Monday = 0 */
	int jan1 = ((tm->tm_wday - tm->tm_yday) % 7 + 7) % 7;
	int w = (tm->tm_yday - mon0 + 10) / 7;

	if (w < 1) {
		y--;
		/* January 1st of the year before */
		w = iso_weeks(y, ((jan1 - 365 - leap(y)) % 7 + 7) % 7);
	} else if (w > iso_weeks(y, jan1)) {
		y++;
		w = 1;
	}
	*year = y;
	return w;
}

static void conv(struct out *o, char c, const struct tm *tm)
{
	long long iy;
	int hour12 = tm->tm_hour % 12 ? tm->tm_hour % 12 : 12;
	long long year = 1900LL + tm->tm_year;

	switch (c) {
	case 'a': put(o, days[tm->tm_wday % 7], 3); break;
	case 'A': put_str(o, days[tm->tm_wday % 7]); break;
	case 'b': case 'h': put(o, months[tm->tm_mon % 12], 3); break;
	case 'B': put_str(o, months[tm->tm_mon % 12]); break;
	case 'c':
		conv(o, 'a', tm); put(o, " ", 1); conv(o, 'b', tm);
		put(o, " ", 1); conv(o, 'e', tm); put(o, " ", 1);
		conv(o, 'T', tm); put(o, " ", 1); conv(o, 'Y', tm);
		break;
	case 'C': put_num(o, year / 100 - (year % 100 < 0), 2, '0'); break;
	case 'd': put_num(o, tm->tm_mday, 2, '0'); break;
	case 'D': conv(o, 'm', tm); put(o, "/", 1); conv(o, 'd', tm);
		put(o, "/", 1); conv(o, 'y', tm); break;
	case 'e': put_num(o, tm->tm_mday, 2, ' '); break;
	case 'F': conv(o, 'Y', tm); put(o, "-", 1); conv(o, 'm', tm);
		put(o, "-", 1); conv(o, 'd', tm); break;
	case 'H': put_num(o, tm->tm_hour, 2, '0'); break;
	case 'I': put_num(o, hour12, 2, '0'); break;
	case 'j': put_num(o, tm->tm_yday + 1, 3, '0'); break;
	case 'm': put_num(o, tm->tm_mon + 1, 2, '0'); break;
	case 'M': put_num(o, tm->tm_min, 2, '0'); break;
	case 'n': put(o, "\n", 1); break;
	case 'p': put(o, tm->tm_hour < 12 ? "AM" : "PM", 2); break;
	case 'r': conv(o, 'I', tm); put(o, ":", 1); conv(o, 'M', tm);
		put(o, ":", 1); conv(o, 'S', tm); put(o, " ", 1);
		conv(o, 'p', tm); break;
	case 'R': conv(o, 'H', tm); put(o, ":", 1); conv(o, 'M', tm); break;
	case 's': {
		struct tm t = *tm;

		put_num(o, timegm(&t), 1, '0');
		break;
	}
	case 'S': put_num(o, tm->tm_sec, 2, '0'); break;
	case 't': put(o, "\t", 1); break;
	case 'T': conv(o, 'H', tm); put(o, ":", 1); conv(o, 'M', tm);
		put(o, ":", 1); conv(o, 'S', tm); break;
	case 'u': put_num(o, tm->tm_wday ? tm->tm_wday : 7, 1, '0'); break;
	case 'U': put_num(o, week(tm, 0), 2, '0'); break;
	case 'w': put_num(o, tm->tm_wday, 1, '0'); break;
	case 'W': put_num(o, week(tm, 1), 2, '0'); break;
	case 'x': conv(o, 'D', tm); break;
	case 'X': conv(o, 'T', tm); break;
	case 'y': put_num(o, (year % 100 + 100) % 100, 2, '0'); break;
	case 'Y': put_num(o, year, 1, '0'); break;
	case 'G': iso_week(tm, &iy); put_num(o, iy, 1, '0'); break;
	case 'g': iso_week(tm, &iy); put_num(o, (iy % 100 + 100) % 100, 2, '0');
		break;
	case 'V': put_num(o, iso_week(tm, &iy), 2, '0'); break;
	case 'z': put(o, "+0000", 5); break;
	case 'Z': put_str(o, tm->tm_zone ? tm->tm_zone : "UTC"); break;
	case '%': put(o, "%", 1); break;
	default: put(o, "%", 1); put(o, &c, 1); break;
	}
}

size_t strftime(char *s, size_t max, const char *fmt, const struct tm *tm)
{
	struct out o = { s, 0, max };

	for (; *fmt; fmt++) {
		if (*fmt != '%' || !fmt[1]) {
			put(&o, fmt, 1);
			continue;
		}
		fmt++;
		if (*fmt == 'E' || *fmt == 'O')
			if (fmt[1])
				fmt++;
		conv(&o, *fmt, tm);
	}
	if (o.n >= max)
		return 0;	/* did not fit, terminator included */
	s[o.n] = 0;
	return o.n;
}

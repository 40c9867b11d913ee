/* strptime in the C locale (POSIX): the inverse of strftime's
 * conversions, as far as they can be parsed without a time zone. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

static const char *const names[19] = { "sunday", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "january",
	"february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december" };

/* A day (@first 0) or month (@first 7) name, full or 3 letters, any
 * case: its index, *@s moved past it; -1 if none. */
static int name(const char **s, int first, int n)
{
	size_t len;
	int i;

	for (i = 0; i < n; i++) {
		len = strlen(names[first + i]);
		if (!strncasecmp(*s, names[first + i], len)) {
			*s += len;
			return i;
		}
		if (!strncasecmp(*s, names[first + i], 3)) {
			*s += 3;
			return i;
		}
	}
	return -1;
}

/* Up to @width digits (after white space, with a sign if @sign) in
 * [@lo, @hi] into *@v: 0, or -1. */
static int num(const char **s, int width, int lo, int hi, int *v,
	       int sign)
{
	const char *p = *s;
	int neg = 0, n = 0, d;

	while (isspace((unsigned char)*p))
		p++;
	if (sign && (*p == '-' || *p == '+'))
		neg = *p++ == '-';
	for (d = 0; d < width && isdigit((unsigned char)*p); d++)
		n = n * 10 + (*p++ - '0');
	if (!d || (neg ? -n : n) < lo || (neg ? -n : n) > hi)
		return -1;
	*v = neg ? -n : n;
	*s = p;
	return 0;
}

static const char *parse(const char *s, const char *fmt, struct tm *tm);

/* One conversion @c at @s: the rest, or NULL. */
static const char *conv(const char *s, char c, struct tm *tm, int *pm)
{
	int v;

	switch (c) {
	case 'a': case 'A':
		return (tm->tm_wday = name(&s, 0, 7)) < 0 ? NULL : s;
	case 'b': case 'B': case 'h':
		return (tm->tm_mon = name(&s, 7, 12)) < 0 ? NULL : s;
	case 'c': return parse(s, "%a %b %e %H:%M:%S %Y", tm);
	case 'C':
		if (num(&s, 2, 0, 99, &v, 0))
			return NULL;
		tm->tm_year = v * 100 - 1900 + (tm->tm_year + 1900) % 100;
		return s;
	case 'd': case 'e': return num(&s, 2, 1, 31, &tm->tm_mday, 0) ? NULL : s;
	case 'D': case 'x': return parse(s, "%m/%d/%y", tm);
	case 'F': return parse(s, "%Y-%m-%d", tm);
	case 'H': case 'k': return num(&s, 2, 0, 23, &tm->tm_hour, 0) ? NULL : s;
	case 'I': case 'l':
		if (num(&s, 2, 1, 12, &v, 0))
			return NULL;
		tm->tm_hour = v % 12 + (*pm == 1 ? 12 : 0);
		if (!*pm)
			*pm = -1;	/* 12-hour: wait for %p */
		return s;
	case 'j':
		if (num(&s, 3, 1, 366, &v, 0))
			return NULL;
		tm->tm_yday = v - 1;
		return s;
	case 'm':
		if (num(&s, 2, 1, 12, &v, 0))
			return NULL;
		tm->tm_mon = v - 1;
		return s;
	case 'M': return num(&s, 2, 0, 59, &tm->tm_min, 0) ? NULL : s;
	case 'n': case 't':
		while (isspace((unsigned char)*s))
			s++;
		return s;
	case 'p':
		if (!strncasecmp(s, "am", 2) || !strncasecmp(s, "pm", 2)) {
			if (tolower((unsigned char)*s) == 'p' && tm->tm_hour < 12)
				tm->tm_hour += 12;
			*pm = tolower((unsigned char)*s) == 'p' ? 1 : 2;
			return s + 2;
		}
		return NULL;
	case 'r': return parse(s, "%I:%M:%S %p", tm);
	case 'R': return parse(s, "%H:%M", tm);
	case 's': {
		char *end;
		time_t t = strtoll(s, &end, 10);

		return end == s || !gmtime_r(&t, tm) ? NULL : end;
	}
	case 'S': return num(&s, 2, 0, 61, &tm->tm_sec, 0) ? NULL : s;
	case 'T': case 'X': return parse(s, "%H:%M:%S", tm);
	case 'w': return num(&s, 1, 0, 6, &tm->tm_wday, 0) ? NULL : s;
	case 'y':
		if (num(&s, 2, 0, 99, &v, 0))
			return NULL;
		tm->tm_year = v < 69 ? v + 100 : v;
		return s;
	case 'Y':
		if (num(&s, 4, -9999, 9999, &v, 1))
			return NULL;
		tm->tm_year = v - 1900;
		return s;
	case 'z':
		if ((*s == '+' || *s == '-') && isdigit((unsigned char)s[1]))
			for (s++, v = 0; v < 4 && isdigit((unsigned char)*s); v++)
				s++;
		else if (*s == 'Z')
			s++;
		else
			return NULL;
		return s;
	case 'Z':
		while (isalpha((unsigned char)*s))
			s++;
		return s;
	case '%': return *s == '%' ? s + 1 : NULL;
	default: return NULL;
	}
}

static const char *parse(const char *s, const char *fmt, struct tm *tm)
{
	int pm = 0;

	while (s && *fmt) {
		if (isspace((unsigned char)*fmt)) {
			while (isspace((unsigned char)*s))
				s++;
			fmt++;
		} else if (*fmt != '%') {
			if (*s++ != *fmt++)
				return NULL;
		} else {
			fmt++;
			if (*fmt == 'E' || *fmt == 'O')
				fmt++;
			if (!*fmt)
				return NULL;
			s = conv(s, *fmt++, tm, &pm);
		}
	}
	return s;
}

char *strptime(const char *s, const char *fmt, struct tm *tm)
{
	return (char *)parse(s, fmt, tm);
}

/* Decimal to double. Up to 19 significant digits are kept (the rest only
 * count towards the exponent), then scaled by powers of ten: exact and
 * correctly rounded when the digits fit 2^53 and the decimal exponent is
 * within +-22 (Clinger's fast path: most literals); otherwise within a few
 * units in the last place, as the scaling rounds at each step. */
#include <stdlib.h>
#include <ctype.h>
#include <errno.h>
#include <stdint.h>

static const double p10[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

/* Matches @word (lower case) at @s, ignoring case; returns its length or 0. */
static int word(const char *s, const char *word)
{
	int i;

	for (i = 0; word[i]; i++)
		if (tolower((unsigned char)s[i]) != word[i])
			return 0;
	return i;
}

static double scale(double v, int e)
{
	double big = 1e22;

	if (v == 0)
		return v;
	while (e > 22) {
		v *= big;
		e -= 22;
		if (v > 1.7976931348623157e308)
			return v;	/* inf: overflow */
	}
	while (e < -22) {
		/* Divide in steps that keep subnormals from rounding twice. */
		v /= big;
		e += 22;
		if (v == 0)
			return v;
	}
	return e >= 0 ? v * p10[e] : v / p10[-e];
}

double strtod(const char *str, char **end)
{
	const char *s = str, *digits;
	uint64_t m = 0;
	int neg = 0, e10 = 0, nd = 0, any = 0, n;
	double v;

	while (isspace((unsigned char)*s))
		s++;
	if (*s == '+' || *s == '-')
		neg = *s++ == '-';
	if ((n = word(s, "infinity")) || (n = word(s, "inf")) ||
	    (n = word(s, "nan"))) {
		if (end)
			*end = (char *)s + n;
		v = s[0] == 'n' || s[0] == 'N' ? __builtin_nan("")
						: __builtin_inf();
		return neg ? -v : v;
	}
	digits = s;
	for (; isdigit((unsigned char)*s) || (*s == '.' && !any); s++) {
		if (*s == '.') {
			any = 1;
			continue;
		}
		if (nd < 19) {
			m = m * 10 + (unsigned)(*s - '0');
			if (m)
				nd++;
			if (any)
				e10--;
		} else if (!any) {
			e10++;
		}
	}
	if (s == digits || (s == digits + 1 && *digits == '.')) {
		if (end)
			*end = (char *)str;
		return 0;
	}
	if (*s == 'e' || *s == 'E') {
		const char *p = s + 1;
		int eneg = 0, x = 0;

		if (*p == '+' || *p == '-')
			eneg = *p++ == '-';
		if (isdigit((unsigned char)*p)) {
			for (; isdigit((unsigned char)*p); p++)
				if (x < 100000)
					x = x * 10 + (*p - '0');
			e10 += eneg ? -x : x;
			s = p;
		}
	}
	if (end)
		*end = (char *)s;
	if (m == 0)
		return neg ? -0.0 : 0.0;
	if (e10 + nd > 310)
		v = __builtin_inf();
	else if (e10 + nd < -343)
		v = 0;
	else
		v = scale((double)m, e10);
	if (v == 0 || v == __builtin_inf() || v < 2.2250738585072014e-308)
		errno = ERANGE;
	return neg ? -v : v;
}

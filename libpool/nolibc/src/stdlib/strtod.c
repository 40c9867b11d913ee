/* Decimal to double. Up to 19 significant digits are kept (the rest only
 * count towards the exponent) and scaled by powers of ten in x87 long
 * double (64-bit significand), then rounded to double once. With at most
 * 19 digits and a decimal exponent within +-27 that is one rounded
 * operation; the double rounding that follows is off by one ulp in rare
 * halfway cases. Larger exponents take a few more steps, each rounded at
 * 2^-64, far below double's precision. Not a big-number algorithm: fast
 * and small, nearly always correctly rounded. */
#include <stdlib.h>
#include <ctype.h>
#include <errno.h>
#include <stdint.h>

/* Powers of ten exact in long double's 64-bit significand (5^27 < 2^64). */
static const long double p10[] = {
	1e0L, 1e1L, 1e2L, 1e3L, 1e4L, 1e5L, 1e6L, 1e7L, 1e8L, 1e9L, 1e10L,
	1e11L, 1e12L, 1e13L, 1e14L, 1e15L, 1e16L, 1e17L, 1e18L, 1e19L, 1e20L,
	1e21L, 1e22L, 1e23L, 1e24L, 1e25L, 1e26L, 1e27L
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

/* @m * 10^@e in long double (whose range holds every step), rounded once
 * to double at the end. */
static double scale(uint64_t m, int e)
{
	long double v = m;

	for (; e > 27; e -= 27)
		v *= p10[27];
	for (; e < -27; e += 27)
		v /= p10[27];
	return e >= 0 ? (double)(v * p10[e]) : (double)(v / p10[-e]);
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
		v = scale(m, e10);
	if (v == 0 || v == __builtin_inf() || v < 2.2250738585072014e-308)
		errno = ERANGE;
	return neg ? -v : v;
}

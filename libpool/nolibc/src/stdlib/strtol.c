/* The strto* integer family over one unsigned core. */
#include <stdlib.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>

/* Converts like strtoull; the result is clamped to @max, or to the
 * negated @max + @neglimit (1 for signed types) when negative. */
static unsigned long long strtox(const char *s, char **end, int base,
				 unsigned long long max, int neglimit)
{
	const char *p = s, *digits;
	unsigned long long v = 0, lim;
	int neg = 0, over = 0, d;

	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if ((base == 0 || base == 16) && p[0] == '0' &&
	    (p[1] | 32) == 'x' && isxdigit((unsigned char)p[2])) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = *p == '0' ? 8 : 10;
	}
	if (base < 2 || base > 36) {
		errno = EINVAL;
		if (end)
			*end = (char *)s;
		return 0;
	}
	lim = neg && neglimit ? max + 1 : max;
	for (digits = p;; p++) {
		if (isdigit((unsigned char)*p))
			d = *p - '0';
		else if (isalpha((unsigned char)*p))
			d = (*p | 32) - 'a' + 10;
		else
			break;
		if (d >= base)
			break;
		if (v > (lim - d) / base)
			over = 1;
		else
			v = v * base + d;
	}
	if (end)
		*end = (char *)(p == digits ? s : p);
	if (over) {
		errno = ERANGE;
		return neg && neglimit ? -lim : lim;
	}
	return neg ? -v : v;
}

long strtol(const char *s, char **end, int base)
{
	return strtox(s, end, base, LONG_MAX, 1);
}

unsigned long strtoul(const char *s, char **end, int base)
{
	return strtox(s, end, base, ULONG_MAX, 0);
}

long long strtoll(const char *s, char **end, int base)
{
	return strtox(s, end, base, LLONG_MAX, 1);
}

unsigned long long strtoull(const char *s, char **end, int base)
{
	return strtox(s, end, base, ULLONG_MAX, 0);
}

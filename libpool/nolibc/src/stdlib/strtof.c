#include <stdlib.h>
#include <inttypes.h>

/* Through strtod: double rounding is possible in rare halfway cases. */
float strtof(const char *s, char **end)
{
	return strtod(s, end);
}

/* long double is double's value here (nolibc's strtod). */
long double strtold(const char *s, char **end)
{
	return strtod(s, end);
}

intmax_t strtoimax(const char *s, char **end, int base)
{
	return strtoll(s, end, base);
}

uintmax_t strtoumax(const char *s, char **end, int base)
{
	return strtoull(s, end, base);
}

#include <stdlib.h>
#include <inttypes.h>

div_t div(int n, int d)
{
	return (div_t){ n / d, n % d };
}

ldiv_t ldiv(long n, long d)
{
	return (ldiv_t){ n / d, n % d };
}

lldiv_t lldiv(long long n, long long d)
{
	return (lldiv_t){ n / d, n % d };
}

intmax_t imaxabs(intmax_t v)
{
	return v < 0 ? -v : v;
}

imaxdiv_t imaxdiv(intmax_t n, intmax_t d)
{
	return (imaxdiv_t){ n / d, n % d };
}

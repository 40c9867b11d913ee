/* div, ldiv, lldiv: quotient and remainder together (C99: the quotient
 * truncated toward zero, as the / operator). Added for jimtcl's jimsh
 * (docs/apps.md) by the files helper. */
#include <stdlib.h>

div_t div(int num, int den)
{
	return (div_t){ num / den, num % den };
}

ldiv_t ldiv(long num, long den)
{
	return (ldiv_t){ num / den, num % den };
}

lldiv_t lldiv(long long num, long long den)
{
	return (lldiv_t){ num / den, num % den };
}

#include "compat.h"

/* fgets() into a buffer the compiler knows to hold slen bytes. */
char *__fgets_chk(char *s, size_t slen, int n, FILE *f)
{
	if (n > 0 && (size_t)n > slen)
		__chk_fail();
	return fgets(s, n, f);
}

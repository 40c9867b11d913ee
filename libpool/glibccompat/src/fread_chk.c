#include "compat.h"

/* fread() of size * n bytes into a buffer the compiler knows to hold
 * plen; an overflowing product is too large as well. */
static void check(size_t plen, size_t size, size_t n)
{
	if (size && (n > (size_t)-1 / size || size * n > plen))
		__chk_fail();
}

size_t __fread_chk(void *p, size_t plen, size_t size, size_t n, FILE *f)
{
	check(plen, size, n);
	return fread(p, size, n, f);
}

size_t __fread_unlocked_chk(void *p, size_t plen, size_t size, size_t n,
			    FILE *f)
{
	check(plen, size, n);
	return _glibccompat_fread_unlocked(p, size, n, f);
}

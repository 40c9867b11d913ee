#include "compat.h"

/* swprintf into a buffer the compiler knows to hold slen wide
 * characters: n, the size given, must fit. The flag only asks for %n
 * checks. */
int __vswprintf_chk(wchar_t *s, size_t n, int flag, size_t slen,
		    const wchar_t *fmt, va_list ap)
{
	(void)flag;
	if (n > slen)
		__chk_fail();
	return _glibccompat_vswprintf(s, n, fmt, ap);
}

int __swprintf_chk(wchar_t *s, size_t n, int flag, size_t slen,
		   const wchar_t *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vswprintf_chk(s, n, flag, slen, fmt, ap);
	va_end(ap);
	return r;
}

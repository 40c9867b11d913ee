#include "compat.h"

int __vsnprintf_chk(char *s, size_t n, int flag, size_t slen,
		    const char *fmt, va_list ap)
{
	(void)flag;
	if (n > slen)
		__chk_fail();
	return vsnprintf(s, n, fmt, ap);
}

int __snprintf_chk(char *s, size_t n, int flag, size_t slen,
		   const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vsnprintf_chk(s, n, flag, slen, fmt, ap);
	va_end(ap);
	return r;
}

int __vsprintf_chk(char *s, int flag, size_t slen, const char *fmt,
		   va_list ap)
{
	int r;

	(void)flag;
	if (!slen)
		__chk_fail();
	r = vsnprintf(s, slen, fmt, ap);
	if (r < 0 || (size_t)r >= slen)
		__chk_fail();
	return r;
}

int __sprintf_chk(char *s, int flag, size_t slen, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vsprintf_chk(s, flag, slen, fmt, ap);
	va_end(ap);
	return r;
}

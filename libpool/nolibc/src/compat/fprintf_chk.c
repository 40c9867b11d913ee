#include "compat.h"
#include "../stdio/stdio_impl.h"

int __fprintf_chk(FILE *f, int flag, const char *fmt, ...)
{
	va_list ap;
	int n;

	(void)flag;
	va_start(ap, fmt);
	n = _nolibc_vfprintf(f, fmt, ap);
	va_end(ap);
	return n;
}

int __vfprintf_chk(FILE *f, int flag, const char *fmt, va_list ap)
{
	(void)flag;
	return _nolibc_vfprintf(f, fmt, ap);
}

#include "compat.h"

/* The flag only asks for %n checks, and there is no %n. */
int __vdprintf_chk(int fd, int flag, const char *fmt, va_list ap)
{
	(void)flag;
	return _glibccompat_vdprintf(fd, fmt, ap);
}

int __dprintf_chk(int fd, int flag, const char *fmt, ...)
{
	va_list ap;
	int n;

	(void)flag;
	va_start(ap, fmt);
	n = _glibccompat_vdprintf(fd, fmt, ap);
	va_end(ap);
	return n;
}

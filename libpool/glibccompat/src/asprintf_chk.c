#include "compat.h"

/* The flag only asks for %n checks, and there is no %n. */
int __vasprintf_chk(char **out, int flag, const char *fmt, va_list ap)
{
	(void)flag;
	return _glibccompat_vasprintf(out, fmt, ap);
}

int __asprintf_chk(char **out, int flag, const char *fmt, ...)
{
	va_list ap;
	int n;

	(void)flag;
	va_start(ap, fmt);
	n = _glibccompat_vasprintf(out, fmt, ap);
	va_end(ap);
	return n;
}

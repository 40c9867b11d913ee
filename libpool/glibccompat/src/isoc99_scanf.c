/* C99 scanf from stdin under glibc's names. */
#include "compat.h"

int __isoc99_vscanf(const char *fmt, va_list ap)
{
	return _glibccompat_vfscanf(stdin, fmt, ap);
}

int __isoc99_scanf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = _glibccompat_vfscanf(stdin, fmt, ap);
	va_end(ap);
	return n;
}

/* C99 scanf from a stream under glibc's names. */
#include "compat.h"

int __isoc99_vfscanf(FILE *f, const char *fmt, va_list ap)
{
	return _glibccompat_vfscanf(f, fmt, ap);
}

int __isoc99_fscanf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = _glibccompat_vfscanf(f, fmt, ap);
	va_end(ap);
	return n;
}

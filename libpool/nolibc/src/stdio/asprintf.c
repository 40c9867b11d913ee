/* printf into a malloc()ed string: formatted twice, once to measure. */
#include "stdio_impl.h"
#include <stdlib.h>

int vasprintf(char **out, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = _nolibc_vsnfmt(NULL, 0, fmt, ap2, _NOLIBC_FLT);
	va_end(ap2);
	*out = n < 0 ? NULL : malloc(n + 1);
	if (!*out)
		return -1;
	return _nolibc_vsnfmt(*out, n + 1, fmt, ap, _NOLIBC_FLT);
}

int asprintf(char **out, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vasprintf(out, fmt, ap);
	va_end(ap);
	return n;
}

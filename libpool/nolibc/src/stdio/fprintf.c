#include "stdio_impl.h"

int fprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = _nolibc_vfprintf(f, fmt, ap);
	va_end(ap);
	return n;
}

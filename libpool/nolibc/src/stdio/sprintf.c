#include "stdio_impl.h"

int sprintf(char *buf, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, 0x7fffffff, fmt, ap);
	va_end(ap);
	return n;
}

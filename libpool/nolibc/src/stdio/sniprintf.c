/* newlib's integer-only snprintf (see vsniprintf.c). */
#include "stdio_impl.h"

int sniprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsniprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

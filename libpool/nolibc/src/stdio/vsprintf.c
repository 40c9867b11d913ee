#include "stdio_impl.h"

int vsprintf(char *buf, const char *fmt, va_list ap)
{
	/* No bound: the caller promised room (INT_MAX keeps pos + 1 sane). */
	return vsnprintf(buf, 0x7fffffff, fmt, ap);
}

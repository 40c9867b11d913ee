#include "stdio_impl.h"

int vprintf(const char *fmt, va_list ap)
{
	return _nolibc_vfprintf(stdout, fmt, ap);
}

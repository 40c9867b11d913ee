#include "stdio_impl.h"

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	return _nolibc_vsnfmt(buf, size, fmt, ap, _NOLIBC_FLT);
}

/* newlib's integer-only vsnprintf: what kernel printing (ukdebug) uses, so
 * that an image whose application formats no doubles links no float code.
 * A double conversion prints '?' (its argument is still consumed). */
#include "stdio_impl.h"

int vsniprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	return _nolibc_vsnfmt(buf, size, fmt, ap, 0);
}

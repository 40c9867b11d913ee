/* Assertion failures and crashes. */
#include <uk/assert.h>
#include <uk/plat/bootstrap.h>

void uk_assert_fail(const char *lib, const char *file, int line,
		    const char *expr)
{
	uk_printd(UK_PRINT_CRIT, lib, file, line, "assertion failed: %s\n",
		  expr);
	ukplat_crash();
}

void uk_crash(const char *lib, const char *file, int line,
	      const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	uk_vprintd(UK_PRINT_CRIT, lib, file, line, fmt, ap);
	va_end(ap);
	ukplat_crash();
}

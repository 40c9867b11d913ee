/* Leveled kernel messages. */
#include <uk/print.h>
#include <uk/plat/console.h>
#include <stdio.h>

#define BUFSZ 256

void uk_vprintd(int lvl, const char *lib, const char *file, int line,
		const char *fmt, va_list ap)
{
	static const char names[][6] = {
		"", "crit", "err", "warn", "info", "debug"
	};
	char buf[BUFSZ];
	int n;

	n = sniprintf(buf, BUFSZ, "[%s] %s: %s:%d: ",
		     lvl >= 0 && lvl <= UK_PRINT_DEBUG ? names[lvl] : "?",
		     lib, file, line);
	if (n < BUFSZ)
		n += vsniprintf(buf + n, BUFSZ - n, fmt, ap);
	if (n >= BUFSZ) {	/* say that the end is missing */
		buf[BUFSZ - 5] = buf[BUFSZ - 4] = buf[BUFSZ - 3] = '.';
		buf[BUFSZ - 2] = '\n';
		n = BUFSZ - 1;
	}
	ukplat_coutk(buf, n);
}

void uk_printd(int lvl, const char *lib, const char *file, int line,
	       const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	uk_vprintd(lvl, lib, file, line, fmt, ap);
	va_end(ap);
}

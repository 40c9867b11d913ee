/* Leveled kernel messages. */
#include <uk/print.h>
#include <uk/plat/console.h>
#include <uk/plat/time.h>
#include <stdio.h>

#define BUFSZ 256

/* Appends @s to @b at @n, leaving room for a line number and ": ". */
static unsigned int put(char *b, unsigned int n, const char *s)
{
	while (*s && n < BUFSZ - 16)
		b[n++] = *s++;
	return n;
}

void uk_vprintd(int lvl, const char *lib, const char *file, int line,
		const char *fmt, va_list ap)
{
	static const char names[][6] = {
		"", "crit", "err", "warn", "info", "debug"
	};
	char buf[BUFSZ], d[10];
	unsigned int n = 0, k = 0, l = (unsigned int)line;

	/* "SECONDS.MICROS " since boot, with UKDEBUG_TIME (profiling a
	 * boot: each stage's log line says when it ran). */
	if (UK_OPT(UKDEBUG_TIME) && ukplat_monotonic_clock) {
		unsigned long long us = ukplat_monotonic_clock() / 1000;

		n = (unsigned int)sniprintf(buf, 24, "%llu.%06llu ",
					    us / 1000000, us % 1000000);
	}
	/* "[LEVEL] LIB: FILE:LINE: " by hand: no varargs formatter for a
	 * fixed shape (it would be one more member in every image). */
	n = put(buf, n, "[");
	n = put(buf, n, lvl >= 0 && lvl <= UK_PRINT_DEBUG ? names[lvl] : "?");
	n = put(buf, n, "] ");
	n = put(buf, n, lib);
	n = put(buf, n, ": ");
	n = put(buf, n, file);
	n = put(buf, n, ":");
	do
		d[k++] = '0' + l % 10;
	while (l /= 10);
	while (k)
		buf[n++] = d[--k];
	buf[n++] = ':';
	buf[n++] = ' ';
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

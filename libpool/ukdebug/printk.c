/* Raw kernel printing. */
#include <uk/print.h>
#include <uk/plat/console.h>
#include <stdio.h>

#define BUFSZ 256

void uk_vprintk(const char *fmt, va_list ap)
{
	char buf[BUFSZ];
	int n = vsniprintf(buf, BUFSZ, fmt, ap);

	if (n > 0)
		ukplat_coutk(buf, n < BUFSZ ? n : BUFSZ - 1);
}

void uk_printk(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	uk_vprintk(fmt, ap);
	va_end(ap);
}

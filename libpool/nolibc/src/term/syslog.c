/* syslog: no log daemon, the messages go to stderr as "IDENT[1]: text"
 * (what a log would show), filtered by setlogmask. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>

static const char *ident = "syslog";
static int logopt, mask = 0xff;

void openlog(const char *id, int opt, int facility)
{
	(void)facility;
	if (id)
		ident = id;
	logopt = opt;
}

void closelog(void)
{
	ident = "syslog";
}

int setlogmask(int m)
{
	int old = mask;

	if (m)
		mask = m;
	return old;
}

void vsyslog(int prio, const char *fmt, va_list ap)
{
	if (!(mask & LOG_MASK(prio & 7)))
		return;
	fprintf(stderr, logopt & LOG_PID ? "%s[1]: " : "%s: ", ident);
	vfprintf(stderr, fmt, ap);
	if (!*fmt || fmt[strlen(fmt) - 1] != '\n')
		fputc('\n', stderr);
}

void syslog(int prio, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsyslog(prio, fmt, ap);
	va_end(ap);
}

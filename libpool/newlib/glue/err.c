/* BSD's err, errx, warn, warnx and their v forms (err.h, patches/0017):
 * "MESSAGE: strerror(errno)" or "MESSAGE" on stderr; the err forms then
 * exit. Without the program's name in front, which a unikernel does not
 * keep (as nolibc's). */
#include <err.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void say(const char *fmt, va_list ap, int e)
{
	if (fmt)
		vfprintf(stderr, fmt, ap);
	if (e >= 0)
		fprintf(stderr, "%s%s", fmt ? ": " : "", strerror(e));
	fputc('\n', stderr);
}

void vwarn(const char *fmt, va_list ap)
{
	say(fmt, ap, errno);
}

void vwarnx(const char *fmt, va_list ap)
{
	say(fmt, ap, -1);
}

void verr(int status, const char *fmt, va_list ap)
{
	say(fmt, ap, errno);
	exit(status);
}

void verrx(int status, const char *fmt, va_list ap)
{
	say(fmt, ap, -1);
	exit(status);
}

void warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

void warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarnx(fmt, ap);
	va_end(ap);
}

void err(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verr(status, fmt, ap);
}

void errx(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verrx(status, fmt, ap);
}

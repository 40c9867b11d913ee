#include "scan.h"

static int file_get(struct _nolibc_scan_src *s)
{
	return fgetc(s->p);
}

static void file_unget(struct _nolibc_scan_src *s, int c)
{
	ungetc(c, s->p);
}

int vfscanf(FILE *f, const char *fmt, va_list ap)
{
	struct _nolibc_scan_src s = { file_get, file_unget, f };

	return _nolibc_vscan(&s, fmt, ap);
}

int vscanf(const char *fmt, va_list ap)
{
	return vfscanf(stdin, fmt, ap);
}

int fscanf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfscanf(f, fmt, ap);
	va_end(ap);
	return n;
}

int scanf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfscanf(stdin, fmt, ap);
	va_end(ap);
	return n;
}

#include "scan.h"

static int str_get(struct _nolibc_scan_src *s)
{
	const unsigned char *p = s->p;

	if (!*p)
		return EOF;
	s->p = (void *)(p + 1);
	return *p;
}

static void str_unget(struct _nolibc_scan_src *s, int c)
{
	(void)c;
	s->p = (char *)s->p - 1;
}

int vsscanf(const char *str, const char *fmt, va_list ap)
{
	struct _nolibc_scan_src s = { str_get, str_unget, (void *)str };

	return _nolibc_vscan(&s, fmt, ap);
}

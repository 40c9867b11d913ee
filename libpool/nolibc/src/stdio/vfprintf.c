#include "stdio_impl.h"

static void file_write(struct _nolibc_sink *s, const char *p, size_t n)
{
	_nolibc_fwrite(s->f, p, n);
}

int _nolibc_vfprintf(FILE *f, const char *fmt, va_list ap)
{
	struct _nolibc_sink s = { .write = file_write, .flt = _NOLIBC_FLT,
				  .f = f };
	int olderr = f->err;
	int n;

	f->err = 0;
	n = _nolibc_vfmt(&s, fmt, ap);
	if (f->err)
		n = -1;
	f->err |= olderr;
	return n;
}

int vfprintf(FILE *f, const char *fmt, va_list ap)
{
	return _nolibc_vfprintf(f, fmt, ap);
}

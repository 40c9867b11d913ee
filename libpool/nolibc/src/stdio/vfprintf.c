#include "stdio_impl.h"

static void file_write(struct _nolibc_sink *s, const char *p, size_t n)
{
	_nolibc_fwrite(s->f, p, n);
}

/* -1 when this call met an error; the stream's error flag is sticky. */
int _nolibc_vfprintf(FILE *f, const char *fmt, va_list ap)
{
	struct _nolibc_sink s = { .write = file_write, .flt = _NOLIBC_FLT,
				  .f = f };
	int olderr = f->flags & _NOLIBC_F_ERR;
	int n;

	f->flags &= ~_NOLIBC_F_ERR;
	n = _nolibc_vfmt(&s, fmt, ap);
	if (f->flags & _NOLIBC_F_ERR)
		n = -1;
	f->flags |= olderr;
	return n;
}

int vfprintf(FILE *f, const char *fmt, va_list ap)
{
	return _nolibc_vfprintf(f, fmt, ap);
}

/* printf to a file descriptor, unbuffered: each piece the formatter
 * produces is one write(). */
#include "stdio_impl.h"
#include <unistd.h>

static void fd_write(struct _nolibc_sink *s, const char *p, size_t n)
{
	ssize_t r;

	while (n && s->size != (size_t)-1) {
		r = write((int)(long)s->buf, p, n);
		if (r <= 0) {
			s->size = (size_t)-1;	/* error: stop writing */
			break;
		}
		p += r;
		n -= r;
	}
}

int vdprintf(int fd, const char *fmt, va_list ap)
{
	struct _nolibc_sink s = { .write = fd_write, .flt = _NOLIBC_FLT,
				  .buf = (char *)(long)fd };
	int n = _nolibc_vfmt(&s, fmt, ap);

	return s.size == (size_t)-1 ? -1 : n;
}

int dprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vdprintf(fd, fmt, ap);
	va_end(ap);
	return n;
}

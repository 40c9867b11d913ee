#include "stdio_impl.h"
#include <unistd.h>

/* Unbuffered streams write through at once, after stdout's pending bytes
 * so that the console shows output in program order. */
static size_t write_through(FILE *f, const char *p, size_t n)
{
	size_t done = 0;
	ssize_t r;

	if (stdout->len)
		_nolibc_fflush(stdout);
	while (done < n) {
		r = write(f->fd, p + done, n - done);
		if (r <= 0) {
			f->err = 1;
			break;
		}
		done += r;
	}
	return done;
}

size_t _nolibc_fwrite(FILE *f, const char *p, size_t n)
{
	size_t i;

	if (!f->size)
		return write_through(f, p, n);
	for (i = 0; i < n; i++) {
		f->buf[f->len++] = p[i];
		if ((p[i] == '\n' || f->len == f->size) &&
		    _nolibc_fflush(f))
			return i + 1;
	}
	return n;
}

size_t fwrite(const void *p, size_t size, size_t n, FILE *f)
{
	size_t total = size * n;

	if (!size || !n)
		return 0;
	return _nolibc_fwrite(f, p, total) / size;
}

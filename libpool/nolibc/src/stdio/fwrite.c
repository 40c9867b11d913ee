#include "stdio_impl.h"

/* A stream not open for writing has an fd that is not either: its
 * write() fails with EBADF and sets the error flag. */
int _nolibc_towrite(FILE *f)
{
	if (!f->wbase) {
		f->rpos = f->rend = 0;
		f->wbase = f->wpos = f->buf;
		f->wend = f->flags & (_NOLIBC_F_LBF | _NOLIBC_F_NBF) ?
			  f->buf : f->bufend;
	}
	return 0;
}

/* One loop for every mode (a byte at a time: small, and what the
 * console wants anyway): flush when full, at a newline (line buffered),
 * at the end of the call (unbuffered). As in glibc, writing to stderr
 * does not flush stdout: a line without its newline may show later. */
size_t _nolibc_fwrite(FILE *f, const char *p, size_t n)
{
	size_t i;

	if (_nolibc_towrite(f))
		return 0;
	for (i = 0; i < n; i++) {
		if (f->wpos == f->bufend && _nolibc_fflush(f))
			return i;
		*f->wpos++ = p[i];
		if (p[i] == '\n' && f->flags & _NOLIBC_F_LBF &&
		    _nolibc_fflush(f))
			return i + 1;
	}
	if (f->flags & _NOLIBC_F_NBF && _nolibc_fflush(f))
		return 0;
	return n;
}

size_t fwrite(const void *p, size_t size, size_t n, FILE *f)
{
	if (!size || !n)
		return 0;
	return _nolibc_fwrite(f, p, size * n) / size;
}

size_t fwrite_unlocked(const void *p, size_t size, size_t n, FILE *f)
	__attribute__((alias("fwrite")));

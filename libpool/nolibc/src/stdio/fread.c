#include "stdio_impl.h"
#include <errno.h>
#include <string.h>
#include <unistd.h>

size_t _nolibc_fill(FILE *f)
{
	ssize_t r;

	if (f->flags & _NOLIBC_F_NORD) {
		f->flags |= _NOLIBC_F_ERR;
		errno = EBADF;
		return 0;
	}
	if (f->wbase) {
		if (_nolibc_fflush(f))
			return 0;
		f->wbase = f->wpos = f->wend = 0;
	}
	/* End of file is sticky (as in glibc since 2.28) until clearerr. */
	if (f->flags & _NOLIBC_F_EOF)
		return 0;
	/* A prompt must show before the program waits for its answer. */
	if (f->fd == 0 && stdout->wpos != stdout->wbase)
		_nolibc_fflush(stdout);
	f->rpos = f->rend = f->buf;
	r = read(f->fd, f->buf, f->bufend - f->buf);
	if (r <= 0) {
		f->flags |= r ? _NOLIBC_F_ERR : _NOLIBC_F_EOF;
		return 0;
	}
	f->rend += r;
	return r;
}

size_t _nolibc_fread(FILE *f, char *p, size_t n)
{
	size_t done = 0, k;

	while (done < n) {
		k = f->rend - f->rpos;
		if (!k && !(k = _nolibc_fill(f)))
			break;
		if (k > n - done)
			k = n - done;
		memcpy(p + done, f->rpos, k);
		f->rpos += k;
		done += k;
	}
	return done;
}

size_t fread(void *p, size_t size, size_t n, FILE *f)
{
	if (!size || !n)
		return 0;
	return _nolibc_fread(f, p, size * n) / size;
}

size_t fread_unlocked(void *p, size_t size, size_t n, FILE *f)
	__attribute__((alias("fread")));

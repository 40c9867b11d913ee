#include "stdio_impl.h"
#include <unistd.h>

size_t _nolibc_fread(FILE *f, char *p, size_t n)
{
	size_t done = 0;
	ssize_t r;

	if (f->len && _nolibc_fflush(f))
		return 0;
	/* A prompt must show before the program waits for its answer. */
	if (f == stdin)
		_nolibc_fflush(stdout);
	while (done < n) {
		r = read(f->fd, p + done, n - done);
		if (r <= 0) {
			if (r)
				f->err = 1;
			else
				f->eof = 1;
			break;
		}
		done += r;
	}
	return done;
}

size_t fread(void *p, size_t size, size_t n, FILE *f)
{
	if (!size || !n)
		return 0;
	return _nolibc_fread(f, p, size * n) / size;
}

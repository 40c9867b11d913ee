/* The three standard streams, the list of the others, and their flushing
 * at exit. stdout is line buffered, stderr unbuffered (what one call
 * writes goes out at its end), stdin fully buffered (it reads what the
 * console has, up to its buffer). Only those a program names are linked:
 * LTO drops the others. */
#include "stdio_impl.h"
#include <unistd.h>

static char stdin_buf[1024], stdout_buf[256], stderr_buf[256];

static FILE f_stdin = { .fd = 0, .flags = _NOLIBC_F_NOWR, .buf = stdin_buf,
			.bufend = stdin_buf + sizeof(stdin_buf) };
static FILE f_stdout = { .fd = 1, .flags = _NOLIBC_F_LBF | _NOLIBC_F_NORD,
			 .buf = stdout_buf,
			 .bufend = stdout_buf + sizeof(stdout_buf) };
static FILE f_stderr = { .fd = 2, .flags = _NOLIBC_F_NBF | _NOLIBC_F_NORD,
			 .buf = stderr_buf,
			 .bufend = stderr_buf + sizeof(stderr_buf) };

FILE *stdin = &f_stdin;
FILE *stdout = &f_stdout;
FILE *stderr = &f_stderr;

/* Never stored to in a program that opens no stream: LTO folds the walk
 * below away. */
FILE *_nolibc_ofl;

int _nolibc_fflush(FILE *f)
{
	char *p = f->wbase;
	ssize_t r;

	while (p < f->wpos) {
		r = write(f->fd, p, f->wpos - p);
		if (r <= 0) {
			f->flags |= _NOLIBC_F_ERR;
			f->wpos = f->wbase;
			return EOF;
		}
		p += r;
	}
	/* What could not be written is dropped: the console does not come
	 * back, and a stream in error keeps failing anyway. */
	f->wpos = f->wbase;
	return 0;
}

void _nolibc_stdio_exit(void)
{
	FILE *f;

	_nolibc_fflush(stdout);
	for (f = _nolibc_ofl; f; f = f->next)
		_nolibc_fflush(f);
}

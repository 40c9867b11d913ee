/* The three standard streams and their flushing: stdout is line buffered
 * in a small static buffer, stderr unbuffered, stdin unused for now. */
#include "stdio_impl.h"
#include <unistd.h>

static char stdout_buf[BUFSIZ];

static FILE f_stdin = { .fd = 0 };
static FILE f_stdout = { .fd = 1, .size = sizeof(stdout_buf),
			 .buf = stdout_buf };
static FILE f_stderr = { .fd = 2 };

FILE *stdin = &f_stdin;
FILE *stdout = &f_stdout;
FILE *stderr = &f_stderr;

int _nolibc_fflush(FILE *f)
{
	unsigned int done = 0;
	ssize_t r;

	while (done < f->len) {
		r = write(f->fd, f->buf + done, f->len - done);
		if (r <= 0) {
			f->err = 1;
			break;
		}
		done += r;
	}
	/* Drop what could not be written: the console does not come back. */
	f->len = 0;
	return f->err ? EOF : 0;
}

void _nolibc_stdio_exit(void)
{
	_nolibc_fflush(stdout);
}

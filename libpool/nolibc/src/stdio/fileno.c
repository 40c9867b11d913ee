#include "stdio_impl.h"
#include <errno.h>

int fileno(FILE *f)
{
	if (f->fd < 0) {
		errno = EBADF;
		return -1;
	}
	return f->fd;
}

int fileno_unlocked(FILE *f) __attribute__((alias("fileno")));

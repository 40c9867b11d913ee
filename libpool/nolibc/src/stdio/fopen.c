#include "stdio_impl.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

/* The open() flags for @mode, or -1. */
static int mode_flags(const char *mode)
{
	int f;

	switch (*mode++) {
	case 'r': f = O_RDONLY; break;
	case 'w': f = O_WRONLY | O_CREAT | O_TRUNC; break;
	case 'a': f = O_WRONLY | O_CREAT | O_APPEND; break;
	default: return -1;
	}
	for (; *mode; mode++) {
		if (*mode == '+')
			f = (f & ~O_ACCMODE) | O_RDWR;
		else if (*mode == 'x')
			f |= O_EXCL;
		else if (*mode != 'b' && *mode != 'e')
			return -1;
	}
	return f;
}

FILE *fopen(const char *path, const char *mode)
{
	int flags = mode_flags(mode);
	FILE *f;
	int fd;

	if (flags < 0) {
		errno = EINVAL;
		return NULL;
	}
	f = calloc(1, sizeof(*f));	/* size 0: unbuffered */
	if (!f)
		return NULL;
	fd = open(path, flags, 0666);
	if (fd < 0) {
		free(f);
		return NULL;
	}
	f->fd = fd;
	return f;
}

#include "stdio_impl.h"
#include <fcntl.h>
#include <stdlib.h>

/* A file stream's buffer (the standard streams have static ones). */
#define FILE_BUFSIZ 4096

int _nolibc_fbuf(FILE *f)
{
	size_t size = FILE_BUFSIZ;
	char *b = malloc(size);

	f->flags &= ~(_NOLIBC_F_LBF | _NOLIBC_F_NBF);
	if (!b) {
		f->flags |= _NOLIBC_F_NBF;
		b = malloc(size = 1);
		if (!b)
			return -1;
	}
	_nolibc_fbuf_free(f);
	f->flags |= _NOLIBC_F_MYBUF;
	f->buf = b;
	f->bufend = b + size;
	return 0;
}

FILE *_nolibc_fnew(int fd, int oflags)
{
	int acc = oflags & O_ACCMODE;
	FILE *f = calloc(1, sizeof(*f));

	if (!f)
		return NULL;
	if (_nolibc_fbuf(f)) {
		free(f);
		return NULL;
	}
	f->fd = fd;
	f->flags |= (acc == O_RDONLY ? _NOLIBC_F_NOWR : 0) |
		    (acc == O_WRONLY ? _NOLIBC_F_NORD : 0);
	_nolibc_ofl_add(f);
	return f;
}

void _nolibc_fbuf_free(FILE *f)
{
	if (f->flags & _NOLIBC_F_MYBUF)
		free(f->buf);
	f->flags &= ~_NOLIBC_F_MYBUF;
}

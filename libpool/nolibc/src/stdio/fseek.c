#include "stdio_impl.h"
#include <errno.h>
#include <unistd.h>

long long _nolibc_ftell(FILE *f)
{
	off_t off = lseek(f->fd, 0, SEEK_CUR);

	if (off < 0)
		return -1;
	return off - (f->rend - f->rpos) + (f->wpos - f->wbase);
}

int fseeko(FILE *f, off_t off, int whence)
{
	if (whence == SEEK_CUR)
		off -= f->rend - f->rpos;
	if (f->wbase) {
		if (_nolibc_fflush(f))
			return -1;
		f->wbase = f->wpos = f->wend = 0;
	}
	if (lseek(f->fd, off, whence) < 0)
		return -1;
	f->rpos = f->rend = 0;
	f->flags &= ~_NOLIBC_F_EOF;
	return 0;
}

int fseek(FILE *f, long off, int whence)
{
	return fseeko(f, off, whence);
}

off_t ftello(FILE *f)
{
	return _nolibc_ftell(f);
}

long ftell(FILE *f)
{
	long long off = _nolibc_ftell(f);

	/* long is 64 bits: no EOVERFLOW here. */
	return off;
}

void rewind(FILE *f)
{
	fseeko(f, 0, SEEK_SET);
	f->flags &= ~_NOLIBC_F_ERR;
}

int fgetpos(FILE *f, fpos_t *pos)
{
	long long off = _nolibc_ftell(f);

	if (off < 0)
		return -1;
	*(long long *)pos = off;
	return 0;
}

int fsetpos(FILE *f, const fpos_t *pos)
{
	return fseeko(f, *(const long long *)pos, SEEK_SET);
}

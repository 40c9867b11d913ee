#include "stdio_impl.h"
#include <unistd.h>

int fseek(FILE *f, long off, int whence)
{
	if (f->len && _nolibc_fflush(f))
		return -1;
	if (lseek(f->fd, off, whence) < 0)
		return -1;
	f->eof = 0;
	return 0;
}

long ftell(FILE *f)
{
	off_t off = lseek(f->fd, 0, SEEK_CUR);

	return off < 0 ? -1 : off + f->len;
}

void rewind(FILE *f)
{
	fseek(f, 0, SEEK_SET);
	f->err = 0;
}

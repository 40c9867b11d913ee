#include "stdio_impl.h"

/* Room for one byte always (at the buffer's end when it is empty), more
 * while what was read lies before rpos. */
int ungetc(int c, FILE *f)
{
	if (c == EOF)
		return EOF;
	if (f->wbase) {
		if (_nolibc_fflush(f))
			return EOF;
		f->wbase = f->wpos = f->wend = 0;
	}
	if (!f->rend || f->rpos == f->rend)
		f->rpos = f->rend = f->bufend;
	if (f->rpos == f->buf)
		return EOF;
	*--f->rpos = c;
	f->flags &= ~_NOLIBC_F_EOF;
	return (unsigned char)c;
}

#include "stdio_impl.h"

/* @mode: _IOFBF, _IOLBF (in @buf of @size bytes, or the buffer the
 * stream has) or _IONBF (what one call writes goes out at its end).
 * Pending output is written first; read-ahead is dropped. */
int setvbuf(FILE *f, char *buf, int mode, size_t size)
{
	if (mode < _IOFBF || mode > _IONBF)
		return -1;
	fflush(f);
	f->rpos = f->rend = f->wbase = f->wpos = f->wend = 0;
	if (buf && size) {
		_nolibc_fbuf_free(f);
		f->buf = buf;
		f->bufend = buf + size;
	}
	f->flags &= ~(_NOLIBC_F_LBF | _NOLIBC_F_NBF);
	f->flags |= mode == _IOLBF ? _NOLIBC_F_LBF :
		    mode == _IONBF ? _NOLIBC_F_NBF : 0;
	/* A buffering standard stream must be flushed at exit too. */
	if (mode != _IONBF)
		_nolibc_ofl_add(f);
	return 0;
}

void setbuf(FILE *f, char *buf)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}

void setbuffer(FILE *f, char *buf, size_t size)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, size);
}

void setlinebuf(FILE *f)
{
	setvbuf(f, NULL, _IOLBF, 0);
}

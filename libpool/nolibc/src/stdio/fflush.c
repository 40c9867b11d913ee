#include "stdio_impl.h"
#include <unistd.h>

int _nolibc_unread(FILE *f)
{
	if (f->rpos != f->rend &&
	    lseek(f->fd, f->rpos - f->rend, SEEK_CUR) < 0)
		return EOF;
	f->rpos = f->rend = 0;
	return 0;
}

/* A stream being read gives back what it read ahead (the fd's offset
 * becomes the stream's, POSIX); NULL flushes every stream. */
int fflush(FILE *f)
{
	FILE *g;
	int r;

	if (!f) {
		r = _nolibc_fflush(stdout);
		for (g = _nolibc_ofl; g; g = g->next)
			r |= fflush(g);
		return r;
	}
	if (f->rend) {
		_nolibc_unread(f);	/* a pipe or console keeps its bytes */
		return 0;
	}
	return _nolibc_fflush(f);
}

int fflush_unlocked(FILE *f) __attribute__((alias("fflush")));

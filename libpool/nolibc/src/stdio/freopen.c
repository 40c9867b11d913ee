#include "stdio_impl.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

/* Reopens @f on @path, keeping its fd number (stdin stays fd 0: dup2)
 * and its buffer. A NULL @path (a new mode for the same file) fails with
 * EBADF and closes @f, as when the open fails. */
FILE *freopen(const char *path, const char *mode, FILE *f)
{
	int flags = _nolibc_fmode(mode), acc = flags & O_ACCMODE, fd;

	fflush(f);
	if (!path)
		errno = EBADF;
	if (flags < 0 || !path)
		goto fail;
	fd = open(path, flags, 0666);
	if (fd < 0)
		goto fail;
	if (fd != f->fd) {
		if (dup2(fd, f->fd) < 0) {
			close(fd);
			goto fail;
		}
		close(fd);
	}
	f->flags &= _NOLIBC_F_LBF | _NOLIBC_F_NBF | _NOLIBC_F_MYBUF;
	f->flags |= (acc == O_RDONLY ? _NOLIBC_F_NOWR : 0) |
		    (acc == O_WRONLY ? _NOLIBC_F_NORD : 0);
	f->rpos = f->rend = f->wbase = f->wpos = f->wend = 0;
	return f;
fail:
	fclose(f);
	return NULL;
}

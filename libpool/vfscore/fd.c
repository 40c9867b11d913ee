/* The fd table and the calls that work on an open fd. They are one member
 * on purpose: each C library carries weak, console-only definitions of
 * vfscore_read/write/close/lseek/fstat/isatty (docs/vfs.md), and these
 * strong ones must replace them whenever an fd other than the console's
 * can exist, that is whenever a call that makes an fd pulls the table. */
#include "vfs_impl.h"
#include <uk/alloc.h>

/* fds 0, 1 and 2 are the console's from the first instruction on: no init
 * is needed before main() can print. */
static struct _vfscore_file *fdtab[VFSCORE_NR_FDS] = {
	&_vfscore_console[0], &_vfscore_console[1], &_vfscore_console[2],
};

struct _vfscore_file *_vfscore_fd_get(int fd)
{
	if ((unsigned int)fd >= VFSCORE_NR_FDS)
		return NULL;
	return fdtab[fd];
}

int _vfscore_fd_free(void)
{
	int fd;

	for (fd = 0; fd < VFSCORE_NR_FDS; fd++)
		if (!fdtab[fd])
			return fd;
	return -EMFILE;
}

/* Per-fd flags (FD_CLOEXEC, fcntl.c): a new fd starts without. */
unsigned char _vfscore_fdflags[VFSCORE_NR_FDS];

void _vfscore_fd_install(int fd, struct _vfscore_file *f)
{
	f->refs++;
	fdtab[fd] = f;
	_vfscore_fdflags[fd] = 0;
}

struct _vfscore_file *_vfscore_file_new(const struct _vfscore_fops *ops,
					int flags, void *priv)
{
	static uint64_t serial = 3;	/* the console's are 0..2 */
	struct uk_alloc *a = uk_alloc_get_default();
	struct _vfscore_file *f;

	f = a ? uk_calloc(a, 1, sizeof(*f)) : NULL;
	if (f) {
		f->ops = ops;
		f->flags = flags;
		f->priv = priv;
		f->serial = serial++;
	}
	return f;
}

int _vfscore_fd_new(struct _vfscore_file *f)
{
	int fd = _vfscore_fd_free();

	if (fd < 0) {
		f->ops->release(f);
		return fd;
	}
	_vfscore_fd_install(fd, f);
	return fd;
}

int vfscore_close(int fd)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);

	if (!f)
		return -EBADF;
	fdtab[fd] = NULL;
	if (--f->refs == 0)
		f->ops->release(f);
	return 0;
}

long vfscore_read(int fd, void *buf, size_t len)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);

	if (!f || (f->flags & VFSCORE_O_ACCMODE) == VFSCORE_O_WRONLY)
		return -EBADF;
	return f->ops->read(f, buf, len);
}

long vfscore_write(int fd, const void *buf, size_t len)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);

	if (!f || (f->flags & VFSCORE_O_ACCMODE) == VFSCORE_O_RDONLY)
		return -EBADF;
	return f->ops->write(f, buf, len);
}

int64_t vfscore_lseek(int fd, int64_t off, int whence)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);

	if (!f)
		return -EBADF;
	if (!f->ops->seek)
		return -ESPIPE;
	return f->ops->seek(f, off, whence);
}

int vfscore_fstat(int fd, struct vfscore_stat *st)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);

	if (!f)
		return -EBADF;
	return f->ops->stat(f, st);
}

int vfscore_isatty(int fd)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);

	if (!f)
		return -EBADF;
	return f->ops == _vfscore_console[0].ops ? _vfscore_console_isatty(f)
						 : -ENOTTY;
}

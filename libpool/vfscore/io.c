/* Calls on an open fd beyond read and write: gather/scatter I/O, ioctl. */
#include "vfs_impl.h"
#include <uk/vfs_io.h>

#define IOV_MAX		1024

static long iov_each(struct vfscore_file *f, const struct vfscore_iovec *iov,
		     int n, int out)
{
	long r, done = 0;
	int i;

	for (i = 0; i < n; i++) {
		if (!iov[i].len)
			continue;
		r = out ? f->ops->write(f, iov[i].base, iov[i].len)
			: f->ops->read(f, iov[i].base, iov[i].len);
		if (r < 0)
			return done ? done : r;
		done += r;
		if ((size_t)r < iov[i].len)
			break;
	}
	return done;
}

long vfscore_writev(int fd, const struct vfscore_iovec *iov, int n)
{
	struct vfscore_file *f = vfscore_fd_file(fd);

	if (!f || (f->flags & VFSCORE_O_ACCMODE) == VFSCORE_O_RDONLY)
		return -EBADF;
	if (n < 0 || n > IOV_MAX)
		return -EINVAL;
	if (f->ops->writev)
		return f->ops->writev(f, iov, n);
	return iov_each(f, iov, n, 1);
}

long vfscore_readv(int fd, const struct vfscore_iovec *iov, int n)
{
	struct vfscore_file *f = vfscore_fd_file(fd);

	if (!f || (f->flags & VFSCORE_O_ACCMODE) == VFSCORE_O_WRONLY)
		return -EBADF;
	if (n < 0 || n > IOV_MAX)
		return -EINVAL;
	if (f->ops->readv)
		return f->ops->readv(f, iov, n);
	return iov_each(f, iov, n, 0);
}

int vfscore_ioctl(int fd, unsigned long req, void *arg)
{
	struct vfscore_file *f = vfscore_fd_file(fd);

	if (!f)
		return -EBADF;
	switch (req) {
	case VFSCORE_FIOCLEX:
	case VFSCORE_FIONCLEX:
		return 0;	/* no exec: close-on-exec changes nothing */
	case VFSCORE_FIONBIO:
		if (!arg)
			return -EFAULT;
		if (*(int *)arg)
			f->flags |= VFSCORE_O_NONBLOCK;
		else
			f->flags &= ~VFSCORE_O_NONBLOCK;
		if (f->ops->ioctl)
			f->ops->ioctl(f, req, arg);
		return 0;
	}
	return f->ops->ioctl ? f->ops->ioctl(f, req, arg) : -ENOTTY;
}

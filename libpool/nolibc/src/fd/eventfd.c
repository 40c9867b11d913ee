/* eventfd: a counter as a vfscore file kind (<uk/vfs_file.h>). Readers
 * and writers that must wait nap (fdwait.h); pollers are woken through
 * vfscore_file_notify() whenever the counter changes. */
#include "fd.h"
#include "fdwait.h"
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <uk/alloc.h>
#include <uk/vfs_file.h>

#define EFD_MAX	0xfffffffffffffffeULL

struct efd {
	uint64_t count;
	int semaphore;
};

static long efd_read(struct vfscore_file *f, void *buf, size_t len)
{
	struct efd *e = f->priv;
	uint64_t v;

	if (len < sizeof(v))
		return -EINVAL;
	while (!e->count) {
		if (f->flags & VFSCORE_O_NONBLOCK)
			return -EAGAIN;
		_nolibc_fdnap();
	}
	v = e->semaphore ? 1 : e->count;
	e->count -= v;
	memcpy(buf, &v, sizeof(v));
	vfscore_file_notify(f);
	return sizeof(v);
}

static long efd_write(struct vfscore_file *f, const void *buf, size_t len)
{
	struct efd *e = f->priv;
	uint64_t v;

	if (len < sizeof(v))
		return -EINVAL;
	memcpy(&v, buf, sizeof(v));
	if (v > EFD_MAX)
		return -EINVAL;
	while (e->count > EFD_MAX - v) {
		if (f->flags & VFSCORE_O_NONBLOCK)
			return -EAGAIN;
		_nolibc_fdnap();
	}
	e->count += v;
	vfscore_file_notify(f);
	return sizeof(v);
}

static unsigned int efd_poll(struct vfscore_file *f)
{
	struct efd *e = f->priv;

	return (e->count ? VFSCORE_POLLIN | VFSCORE_POLLRDNORM : 0) |
	       (e->count < EFD_MAX ? VFSCORE_POLLOUT | VFSCORE_POLLWRNORM : 0);
}

static int efd_stat(struct vfscore_file *f, struct vfscore_stat *st)
{
	(void)f;
	/* Linux's anonymous inode: no type bits */
	*st = (struct vfscore_stat){ .mode = 0600, .nlink = 1 };
	return 0;
}

static void efd_release(struct vfscore_file *f)
{
	free(f->priv);
	uk_free(uk_alloc_get_default(), f);
}

static const struct vfscore_fops efd_ops = {
	.read = efd_read, .write = efd_write, .stat = efd_stat,
	.release = efd_release, .poll = efd_poll,
};

int eventfd(unsigned int initval, int flags)
{
	struct vfscore_file *f;
	struct efd *e;
	int fd;

	if (flags & ~(EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC))
		return _nolibc_fdret(-EINVAL);
	e = calloc(1, sizeof(*e));
	if (!e)
		return _nolibc_fdret(-ENOMEM);
	e->count = initval;
	e->semaphore = flags & EFD_SEMAPHORE;
	f = vfscore_file_new(&efd_ops, VFSCORE_O_RDWR |
			     (flags & EFD_NONBLOCK ? VFSCORE_O_NONBLOCK : 0), e);
	if (!f) {
		free(e);
		return _nolibc_fdret(-ENOMEM);
	}
	fd = vfscore_fd_new(f);	/* on failure, released through efd_ops */
	if (fd >= 0 && (flags & EFD_CLOEXEC))
		vfscore_fcntl(fd, F_SETFD, FD_CLOEXEC);
	return _nolibc_fdret(fd);
}

int eventfd_read(int fd, eventfd_t *value)
{
	return read(fd, value, sizeof(*value)) == sizeof(*value) ? 0 : -1;
}

int eventfd_write(int fd, eventfd_t value)
{
	return write(fd, &value, sizeof(value)) == sizeof(value) ? 0 : -1;
}

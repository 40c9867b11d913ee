/* fcntl: fd flags, status flags, duplication, and record locks that
 * always succeed (one process: nobody to contend with). */
#include "vfs_impl.h"

enum {
	F_DUPFD, F_GETFD, F_SETFD, F_GETFL, F_SETFL, F_GETLK, F_SETLK,
	F_SETLKW, F_DUPFD_CLOEXEC = 1030, FD_CLOEXEC = 1, F_UNLCK = 2,
	O_NONBLOCK = 04000,
	/* what F_SETFL may change; F_GETFL reports these and the mode */
	STATUS = VFSCORE_O_APPEND | O_NONBLOCK,
};

/* The lowest free fd >= @min for @f. */
static int dup_from(struct _vfscore_file *f, long min)
{
	int fd;

	if (min < 0 || min >= VFSCORE_NR_FDS)
		return -EINVAL;
	for (fd = min; fd < VFSCORE_NR_FDS; fd++)
		if (!_vfscore_fd_get(fd)) {
			_vfscore_fd_install(fd, f);
			return fd;
		}
	return -EMFILE;
}

int vfscore_fcntl(int fd, int cmd, long arg)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);
	int r;

	if (!f)
		return -EBADF;
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		r = dup_from(f, arg);
		if (r >= 0 && cmd == F_DUPFD_CLOEXEC)
			_vfscore_fdflags[r] = FD_CLOEXEC;
		return r;
	case F_GETFD:
		return _vfscore_fdflags[fd];
	case F_SETFD:
		_vfscore_fdflags[fd] = arg & FD_CLOEXEC;
		return 0;
	case F_GETFL:
		return f->flags & (VFSCORE_O_ACCMODE | STATUS);
	case F_SETFL:
		f->flags = (f->flags & ~STATUS) | (arg & STATUS);
		return 0;
	case F_GETLK:
		/* Linux's struct flock starts with l_type: F_UNLCK, no other
		 * process holds a lock */
		if (!arg)
			return -EFAULT;
		*(short *)arg = F_UNLCK;
		return 0;
	case F_SETLK:
	case F_SETLKW:
		return 0;
	default:
		return -EINVAL;
	}
}

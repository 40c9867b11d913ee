/* dup and dup2: more fds for one open file. */
#include "vfs_impl.h"

int vfscore_dup(int fd)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);
	int to;

	if (!f)
		return -EBADF;
	to = _vfscore_fd_free();
	if (to >= 0)
		_vfscore_fd_install(to, f);
	return to;
}

int vfscore_dup2(int fd, int to)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);

	if (!f || (unsigned int)to >= VFSCORE_NR_FDS)
		return -EBADF;
	if (to == fd)
		return to;
	vfscore_close(to);	/* -EBADF when free: nothing to close */
	_vfscore_fd_install(to, f);
	return to;
}

#include "fd.h"
#include <sys/uio.h>
#include <uk/vfs_io.h>

ssize_t writev(int fd, const struct iovec *iov, int n)
{
	return _nolibc_fdret(vfscore_writev(fd,
		(const struct vfscore_iovec *)iov, n));
}

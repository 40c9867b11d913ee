#include "fd.h"
#include <sys/uio.h>
#include <uk/vfs_io.h>

ssize_t readv(int fd, const struct iovec *iov, int n)
{
	return _nolibc_fdret(vfscore_readv(fd,
		(const struct vfscore_iovec *)iov, n));
}

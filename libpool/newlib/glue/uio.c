/* Scatter/gather I/O (glibc's struct iovec, patches/0017) over vfscore's:
 * one operation where the file's kind supports it, else buffer after
 * buffer. */
#include <sys/uio.h>
#include <uk/vfs_io.h>
#include "fd.h"

_Static_assert(sizeof(struct iovec) == sizeof(struct vfscore_iovec),
	       "struct iovec is Linux's");

ssize_t readv(int fd, const struct iovec *v, int n)
{
	return glue_ret(vfscore_readv(fd, (const struct vfscore_iovec *)v, n));
}

ssize_t writev(int fd, const struct iovec *v, int n)
{
	return glue_ret(vfscore_writev(fd, (const struct vfscore_iovec *)v, n));
}

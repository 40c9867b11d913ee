/* preadv/pwritev: gather/scatter I/O at an offset, the file's own offset
 * unmoved. Buffer after buffer through vfscore_pread/pwrite, stopping at
 * the first short or failed one (what a file on ramfs can give; a pipe or
 * socket fails with ESPIPE, as on Linux). */
#include "fd.h"
#include <limits.h>
#include <sys/uio.h>

static long iov_at(int fd, const struct iovec *iov, int n, off_t off,
		   int wr)
{
	long r, done = 0;

	if (n < 0 || n > IOV_MAX)
		return -EINVAL;
	if (off < 0)
		return -EINVAL;
	for (int i = 0; i < n; i++) {
		if (!iov[i].iov_len)
			continue;
		r = wr ? vfscore_pwrite(fd, iov[i].iov_base, iov[i].iov_len,
					off + done)
		       : vfscore_pread(fd, iov[i].iov_base, iov[i].iov_len,
				       off + done);
		if (r < 0)
			return done ? done : r;
		done += r;
		if ((size_t)r < iov[i].iov_len)
			break;
	}
	return done;
}

ssize_t preadv(int fd, const struct iovec *iov, int n, off_t off)
{
	return _nolibc_fdret(iov_at(fd, iov, n, off, 0));
}

ssize_t pwritev(int fd, const struct iovec *iov, int n, off_t off)
{
	return _nolibc_fdret(iov_at(fd, iov, n, off, 1));
}

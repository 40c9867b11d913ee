/* Positioned gather/scatter I/O: one pread/pwrite per buffer at the
 * running offset (a file's bytes live in memory: nothing to gain from one
 * call), stopping at the first short transfer. */
#include <sys/uio.h>
#include <unistd.h>

static ssize_t each(int fd, const struct iovec *iov, int n, off_t off,
		    int wr)
{
	ssize_t done = 0, r;
	int i;

	for (i = 0; i < n; i++) {
		r = wr ? pwrite(fd, iov[i].iov_base, iov[i].iov_len, off + done)
		       : pread(fd, iov[i].iov_base, iov[i].iov_len, off + done);
		if (r < 0)
			return done ? done : -1;
		done += r;
		if ((size_t)r < iov[i].iov_len)
			break;
	}
	return done;
}

ssize_t preadv(int fd, const struct iovec *iov, int n, off_t off)
{
	return each(fd, iov, n, off, 0);
}

ssize_t pwritev(int fd, const struct iovec *iov, int n, off_t off)
{
	return each(fd, iov, n, off, 1);
}

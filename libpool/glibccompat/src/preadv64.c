#include "compat.h"

/* off64_t is off_t on x86_64; struct iovec has one layout. */
long preadv64(int fd, const void *iov, int n, int64_t off)
{
	return _glibccompat_preadv(fd, iov, n, off);
}

long pwritev64(int fd, const void *iov, int n, int64_t off)
{
	return _glibccompat_pwritev(fd, iov, n, off);
}

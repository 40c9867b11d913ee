#include "fd.h"
#include <sys/select.h>
#include <uk/vfs_io.h>

int select(int nfds, fd_set *rd, fd_set *wr, fd_set *ex,
	   struct timeval *timeout)
{
	long long us = -1;

	if (timeout) {
		if (timeout->tv_sec < 0 || timeout->tv_usec < 0)
			return _nolibc_fdret(-EINVAL);
		us = timeout->tv_sec * 1000000LL + timeout->tv_usec;
	}
	return _nolibc_fdret(vfscore_select(nfds,
					    rd ? rd->fds_bits : NULL,
					    wr ? wr->fds_bits : NULL,
					    ex ? ex->fds_bits : NULL, us));
}

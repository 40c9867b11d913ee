#include "fd.h"
#include <poll.h>
#include <uk/vfs_io.h>

int poll(struct pollfd *fds, nfds_t n, int timeout)
{
	return _nolibc_fdret(vfscore_poll((struct vfscore_pollfd *)fds, n,
					  timeout));
}

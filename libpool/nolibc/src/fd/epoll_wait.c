#include "fd.h"
#include <sys/epoll.h>
#include <uk/vfs_io.h>

int epoll_wait(int epfd, struct epoll_event *evs, int max, int timeout)
{
	return _nolibc_fdret(vfscore_epoll_wait(epfd,
		(struct vfscore_epoll_event *)evs, max, timeout));
}

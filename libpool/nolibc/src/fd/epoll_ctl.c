#include "fd.h"
#include <sys/epoll.h>
#include <uk/vfs_io.h>

int epoll_ctl(int epfd, int op, int fd, struct epoll_event *ev)
{
	return _nolibc_fdret(vfscore_epoll_ctl(epfd, op, fd,
		(const struct vfscore_epoll_event *)ev));
}

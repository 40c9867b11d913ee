#include "fd.h"
#include <sys/epoll.h>
#include <uk/vfs_io.h>

int epoll_create(int size)
{
	if (size <= 0)
		return _nolibc_fdret(-EINVAL);
	return _nolibc_fdret(vfscore_epoll_create(0));
}

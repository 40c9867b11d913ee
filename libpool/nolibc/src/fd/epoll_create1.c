#include "fd.h"
#include <sys/epoll.h>
#include <uk/vfs_io.h>

int epoll_create1(int flags)
{
	return _nolibc_fdret(vfscore_epoll_create(flags));
}

#include "fd.h"
#include <unistd.h>

/* ramfs is memory: there is nothing to write out. */
int fsync(int fd)
{
	return _nolibc_fdret(vfscore_fsync(fd));
}

int fdatasync(int fd)
{
	return fsync(fd);
}

void sync(void)
{
}

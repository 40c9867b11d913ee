#include "fd.h"
#include <unistd.h>

ssize_t pread(int fd, void *buf, size_t len, off_t off)
{
	return _nolibc_fdret(vfscore_pread(fd, buf, len, off));
}

ssize_t pwrite(int fd, const void *buf, size_t len, off_t off)
{
	return _nolibc_fdret(vfscore_pwrite(fd, buf, len, off));
}

#include "fd.h"
#include <unistd.h>

int truncate(const char *path, off_t size)
{
	return _nolibc_fdret(vfscore_truncate(path, size));
}

int ftruncate(int fd, off_t size)
{
	return _nolibc_fdret(vfscore_ftruncate(fd, size));
}

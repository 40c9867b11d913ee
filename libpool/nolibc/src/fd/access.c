#include "fd.h"
#include <fcntl.h>
#include <unistd.h>

int faccessat(int dirfd, const char *path, int mode, int flags)
{
	return _nolibc_fdret(vfscore_accessat(dirfd, path, mode, flags));
}

int access(const char *path, int mode)
{
	return faccessat(AT_FDCWD, path, mode, 0);
}

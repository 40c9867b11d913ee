#include "fd.h"
#include <fcntl.h>
#include <unistd.h>

int fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
	return _nolibc_fdret(vfscore_chmodat(dirfd, path, mode, flags));
}

int chmod(const char *path, mode_t mode)
{
	return fchmodat(AT_FDCWD, path, mode, 0);
}

int fchmod(int fd, mode_t mode)
{
	return _nolibc_fdret(vfscore_fchmod(fd, mode));
}

mode_t umask(mode_t mask)
{
	return vfscore_umask(mask);
}

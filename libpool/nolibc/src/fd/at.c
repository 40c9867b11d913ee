/* The *at forms of the path calls that make no fd. */
#include "fd.h"
#include <unistd.h>

int unlinkat(int dirfd, const char *path, int flags)
{
	return _nolibc_fdret(vfscore_unlinkat(dirfd, path, flags));
}

int mkdirat(int dirfd, const char *path, mode_t mode)
{
	return _nolibc_fdret(vfscore_mkdirat(dirfd, path, mode));
}

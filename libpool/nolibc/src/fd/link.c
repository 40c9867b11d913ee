#include "fd.h"
#include <fcntl.h>
#include <unistd.h>

int linkat(int olddirfd, const char *old, int newdirfd, const char *new_,
	   int flags)
{
	return _nolibc_fdret(vfscore_linkat(olddirfd, old, newdirfd, new_,
					    flags));
}

int link(const char *old, const char *new_)
{
	return linkat(AT_FDCWD, old, AT_FDCWD, new_, 0);
}

int symlinkat(const char *target, int dirfd, const char *path)
{
	return _nolibc_fdret(vfscore_symlinkat(target, dirfd, path));
}

int symlink(const char *target, const char *path)
{
	return symlinkat(target, AT_FDCWD, path);
}

ssize_t readlinkat(int dirfd, const char *path, char *buf, size_t len)
{
	return _nolibc_fdret(vfscore_readlinkat(dirfd, path, buf, len));
}

ssize_t readlink(const char *path, char *buf, size_t len)
{
	return readlinkat(AT_FDCWD, path, buf, len);
}

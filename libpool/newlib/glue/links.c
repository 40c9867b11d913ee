/* Names: hard and symbolic links, renaming (vfscore's renameat, atomic,
 * directories too: newlib's own rename() would link and unlink). */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include "fd.h"

int linkat(int olddirfd, const char *old, int newdirfd, const char *new_,
	   int flags)
{
	return glue_ret(vfscore_linkat(olddirfd, old, newdirfd, new_, flags));
}

int link(const char *old, const char *new_)
{
	return linkat(AT_FDCWD, old, AT_FDCWD, new_, 0);
}

int symlinkat(const char *target, int dirfd, const char *path)
{
	return glue_ret(vfscore_symlinkat(target, dirfd, path));
}

int symlink(const char *target, const char *path)
{
	return symlinkat(target, AT_FDCWD, path);
}

ssize_t readlinkat(int dirfd, const char *path, char *buf, size_t len)
{
	return glue_ret(vfscore_readlinkat(dirfd, path, buf, len));
}

ssize_t readlink(const char *path, char *buf, size_t len)
{
	return readlinkat(AT_FDCWD, path, buf, len);
}

int renameat(int olddirfd, const char *old, int newdirfd, const char *new_)
{
	return glue_ret(vfscore_renameat(olddirfd, old, newdirfd, new_));
}

int rename(const char *old, const char *new_)
{
	return renameat(AT_FDCWD, old, AT_FDCWD, new_);
}

#include "fd.h"
#include <fcntl.h>

int fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
	struct vfscore_stat v;
	int r = vfscore_statat(dirfd, path, &v, flags);

	if (r < 0)
		return _nolibc_fdret(r);
	_nolibc_stat(st, &v);
	return 0;
}

int stat(const char *path, struct stat *st)
{
	return fstatat(AT_FDCWD, path, st, 0);
}

int lstat(const char *path, struct stat *st)
{
	return fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW);
}

#include <fcntl.h>
#include "fd.h"
#include "stat_conv.h"

_Static_assert(AT_FDCWD == VFSCORE_AT_FDCWD &&
	       AT_SYMLINK_NOFOLLOW == VFSCORE_AT_SYMLINK_NOFOLLOW &&
	       AT_REMOVEDIR == VFSCORE_AT_REMOVEDIR &&
	       AT_SYMLINK_FOLLOW == VFSCORE_AT_SYMLINK_FOLLOW,
	       "newlib's AT_* are Linux's (patches/0004)");

int fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
	struct vfscore_stat v;
	int r = vfscore_statat(dirfd, path, &v, flags);

	if (r < 0)
		return glue_ret(r);
	glue_stat(st, &v);
	return 0;
}

int lstat(const char *path, struct stat *st)
{
	return fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW);
}

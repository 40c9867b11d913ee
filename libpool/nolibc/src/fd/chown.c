#include "fd.h"
#include <fcntl.h>
#include <unistd.h>

int fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flags)
{
	return _nolibc_fdret(vfscore_chownat(dirfd, path, uid, gid, flags));
}

int chown(const char *path, uid_t uid, gid_t gid)
{
	return fchownat(AT_FDCWD, path, uid, gid, 0);
}

int lchown(const char *path, uid_t uid, gid_t gid)
{
	return fchownat(AT_FDCWD, path, uid, gid, AT_SYMLINK_NOFOLLOW);
}

int fchown(int fd, uid_t uid, gid_t gid)
{
	return _nolibc_fdret(vfscore_fchown(fd, uid, gid));
}

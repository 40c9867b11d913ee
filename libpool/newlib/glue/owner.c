/* Permission bits and owners (recorded by vfscore, not enforced). */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fd.h"

int fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
	return glue_ret(vfscore_chmodat(dirfd, path, mode, flags));
}

int chmod(const char *path, mode_t mode)
{
	return fchmodat(AT_FDCWD, path, mode, 0);
}

int fchmod(int fd, mode_t mode)
{
	return glue_ret(vfscore_fchmod(fd, mode));
}

int fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flags)
{
	return glue_ret(vfscore_chownat(dirfd, path, uid, gid, flags));
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
	return glue_ret(vfscore_fchown(fd, uid, gid));
}

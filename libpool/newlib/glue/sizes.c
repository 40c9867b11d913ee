/* Sizes, offsets and syncing (files live in memory: fsync has nothing
 * to do but check the fd). */
#include <unistd.h>
#include "fd.h"

int fdatasync(int fd);
ssize_t pread(int fd, void *buf, size_t len, off_t off);
ssize_t pwrite(int fd, const void *buf, size_t len, off_t off);

int truncate(const char *path, off_t size)
{
	return glue_ret(vfscore_truncate(path, size));
}

int ftruncate(int fd, off_t size)
{
	return glue_ret(vfscore_ftruncate(fd, size));
}

int fsync(int fd)
{
	return glue_ret(vfscore_fsync(fd));
}

int fdatasync(int fd)
{
	return fsync(fd);
}

ssize_t pread(int fd, void *buf, size_t len, off_t off)
{
	return glue_ret(vfscore_pread(fd, buf, len, off));
}

ssize_t pwrite(int fd, const void *buf, size_t len, off_t off)
{
	return glue_ret(vfscore_pwrite(fd, buf, len, off));
}

#include "compat.h"

long pread64(int fd, void *buf, size_t len, int64_t off)
{
	return _glibccompat_pread(fd, buf, len, off);
}

long pwrite64(int fd, const void *buf, size_t len, int64_t off)
{
	return _glibccompat_pwrite(fd, buf, len, off);
}

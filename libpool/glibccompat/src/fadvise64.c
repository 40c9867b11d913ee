#include "compat.h"

int posix_fadvise64(int fd, int64_t off, int64_t len, int advice)
{
	return _glibccompat_posix_fadvise(fd, off, len, advice);
}

int posix_fallocate64(int fd, int64_t off, int64_t len)
{
	return _glibccompat_posix_fallocate(fd, off, len);
}

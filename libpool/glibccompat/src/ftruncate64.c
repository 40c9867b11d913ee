#include "compat.h"

int ftruncate64(int fd, int64_t size)
{
	return _glibccompat_ftruncate(fd, size);
}

int truncate64(const char *path, int64_t size)
{
	return _glibccompat_truncate(path, size);
}

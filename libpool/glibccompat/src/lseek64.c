#include "compat.h"

int64_t lseek64(int fd, int64_t off, int whence)
{
	return _glibccompat_lseek(fd, off, whence);
}

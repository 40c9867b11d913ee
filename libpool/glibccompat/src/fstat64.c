#include "compat.h"

int fstat64(int fd, void *st)
{
	return _glibccompat_fstat(fd, st);
}

#include "compat.h"

/* struct statvfs64 is struct statvfs on x86_64. */
int statvfs64(const char *path, void *st)
{
	return _glibccompat_statvfs(path, st);
}

int fstatvfs64(int fd, void *st)
{
	return _glibccompat_fstatvfs(fd, st);
}

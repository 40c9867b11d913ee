#include "compat.h"

/* struct statfs64 is struct statfs on x86_64. */
int statfs64(const char *path, void *st)
{
	return _glibccompat_statfs(path, st);
}

int fstatfs64(int fd, void *st)
{
	return _glibccompat_fstatfs(fd, st);
}

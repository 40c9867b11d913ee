#include "compat.h"

int lstat64(const char *path, void *st)
{
	return _glibccompat_lstat(path, st);
}

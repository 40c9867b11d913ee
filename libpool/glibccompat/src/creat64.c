#include "compat.h"

int creat64(const char *path, unsigned int mode)
{
	return _glibccompat_creat(path, mode);
}

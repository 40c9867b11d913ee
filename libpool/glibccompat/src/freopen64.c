#include "compat.h"

FILE *freopen64(const char *path, const char *mode, FILE *f)
{
	return _glibccompat_freopen(path, mode, f);
}

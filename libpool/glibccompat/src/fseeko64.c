#include "compat.h"

int fseeko64(FILE *f, int64_t off, int whence)
{
	return _glibccompat_fseeko(f, off, whence);
}

int64_t ftello64(FILE *f)
{
	return _glibccompat_ftello(f);
}

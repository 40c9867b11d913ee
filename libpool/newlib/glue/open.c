#include <fcntl.h>
#include <stdarg.h>
#include "fd.h"

/* newlib's O_* values are not Linux's, which vfscore takes. */
static int vfs_flags(int flags)
{
	int v = flags & O_ACCMODE;	/* 0 1 2 in both */

	if (flags & O_CREAT)
		v |= VFSCORE_O_CREAT;
	if (flags & O_EXCL)
		v |= VFSCORE_O_EXCL;
	if (flags & O_TRUNC)
		v |= VFSCORE_O_TRUNC;
	if (flags & O_APPEND)
		v |= VFSCORE_O_APPEND;
	if (flags & O_DIRECTORY)
		v |= VFSCORE_O_DIRECTORY;
	return v;
}

int open(const char *path, int flags, ...)
{
	unsigned int mode = 0;
	va_list ap;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = va_arg(ap, unsigned int);
		va_end(ap);
	}
	return glue_ret(vfscore_open(path, vfs_flags(flags), mode));
}

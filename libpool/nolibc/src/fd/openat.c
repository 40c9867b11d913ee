#include "fd.h"
#include <fcntl.h>
#include <stdarg.h>

int openat(int dirfd, const char *path, int flags, ...)
{
	unsigned int mode = 0;
	va_list ap;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = va_arg(ap, unsigned int);
		va_end(ap);
	}
	return _nolibc_fdret(vfscore_openat(dirfd, path, flags, mode));
}

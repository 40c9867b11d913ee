#include "fd.h"
#include <fcntl.h>
#include <stdarg.h>

/* open and openat in one member: the mode argument is read the same. */
static int open_at(int dirfd, const char *path, int flags, va_list ap)
{
	unsigned int mode = flags & O_CREAT ? va_arg(ap, unsigned int) : 0;

	return _nolibc_fdret(vfscore_openat(dirfd, path, flags, mode));
}

int openat(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	int r;

	va_start(ap, flags);
	r = open_at(dirfd, path, flags, ap);
	va_end(ap);
	return r;
}

int open(const char *path, int flags, ...)
{
	va_list ap;
	int r;

	va_start(ap, flags);
	r = open_at(AT_FDCWD, path, flags, ap);
	va_end(ap);
	return r;
}

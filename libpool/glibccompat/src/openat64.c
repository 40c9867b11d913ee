#include "compat.h"

/* The mode is read only when a file may be created (see open64.c). */
#define GLIBC_O_CREAT	0100
#define GLIBC_O_TMPFILE	020000000

int openat64(int dirfd, const char *path, int flags, ...)
{
	unsigned int mode = 0;
	va_list ap;

	if (flags & (GLIBC_O_CREAT | GLIBC_O_TMPFILE)) {
		va_start(ap, flags);
		mode = va_arg(ap, unsigned int);
		va_end(ap);
	}
	return _glibccompat_openat(dirfd, path, flags, mode);
}

int fstatat64(int dirfd, const char *path, void *st, int flags)
{
	return _glibccompat_fstatat(dirfd, path, st, flags);
}

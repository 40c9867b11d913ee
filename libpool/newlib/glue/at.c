/* The path calls relative to a directory fd (the *at family, AT_FDCWD for
 * the working directory), and their plain forms, over vfscore; newlib's
 * AT_* and O_* values are Linux's, vfscore's. */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fd.h"

int openat(int dirfd, const char *path, int flags, ...)
{
	unsigned int mode = 0;
	va_list ap;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = va_arg(ap, unsigned int);
		va_end(ap);
	}
	return glue_ret(vfscore_openat(dirfd, path, flags, mode));
}

int unlinkat(int dirfd, const char *path, int flags)
{
	return glue_ret(vfscore_unlinkat(dirfd, path, flags));
}

int mkdirat(int dirfd, const char *path, mode_t mode)
{
	return glue_ret(vfscore_mkdirat(dirfd, path, mode));
}

int faccessat(int dirfd, const char *path, int mode, int flags)
{
	return glue_ret(vfscore_accessat(dirfd, path, mode, flags));
}

int access(const char *path, int mode)
{
	return faccessat(AT_FDCWD, path, mode, 0);
}

mode_t umask(mode_t mask)
{
	return vfscore_umask(mask);
}

#include "compat.h"

/* O_LARGEFILE is 0 in glibc's x86_64 headers: open64 is open. The mode
 * is read only with O_CREAT or O_TMPFILE (which includes O_DIRECTORY). */
#define GLIBC_O_CREAT	0100
#define GLIBC_O_TMPFILE	020000000

int open64(const char *path, int flags, ...)
{
	unsigned int mode = 0;
	va_list ap;

	if (flags & (GLIBC_O_CREAT | GLIBC_O_TMPFILE)) {
		va_start(ap, flags);
		mode = va_arg(ap, unsigned int);
		va_end(ap);
	}
	return _glibccompat_open(path, flags, mode);
}

/* _FORTIFY_SOURCE's open without a mode: creating a file needs one. */
int __open_2(const char *path, int flags)
{
	if (flags & (GLIBC_O_CREAT | GLIBC_O_TMPFILE))
		__chk_fail();
	return _glibccompat_open(path, flags);
}

int __open64_2(const char *path, int flags)
{
	return __open_2(path, flags);
}

/* newlib's fd calls over vfscore (private to the glue; docs/vfs.md, "The
 * libc seam"), compiled against newlib's headers.
 *
 * Calls that make an fd or take a path (open, pipe, dup, stat, ...) call
 * vfscore: using one (fopen does) links vfscore and ramfs. Calls on an
 * existing fd (write, read, close, lseek, fstat, isatty: all that printf
 * needs) call vfscore_write & co., of which each of those members carries
 * a weak definition that knows only the console (fds 0, 1 and 2); when
 * vfscore is linked its strong definitions win, when it is not LTO
 * inlines the weak ones. */
#ifndef _NEWLIB_GLUE_FD_H
#define _NEWLIB_GLUE_FD_H

#include <errno.h>
#include <uk/vfs.h>
#include <uk/vfs_console.h>

/* The console-only default of a vfscore fd call. */
#define GLUE_WEAK __attribute__((weak))

/* vfscore's errors are Linux's numbers, and so are newlib's own
 * (patches/0003-errno-linux-values.patch). */
_Static_assert(ENOSYS == 38 && ENOTEMPTY == 39 && ELOOP == 40,
	       "newlib's errno values are Linux's");

/* vfscore's result as POSIX wants it: -errno becomes errno and -1. */
static inline long glue_ret(long r)
{
	if (r < 0) {
		errno = -r;
		return -1;
	}
	return r;
}


#endif

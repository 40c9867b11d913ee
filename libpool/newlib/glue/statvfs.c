/* File system figures: ukposix's, in glibc's struct statvfs
 * (patches/0015), which is ukposix's layout. */
#include <sys/statvfs.h>
#include <uk/posix.h>
#include "fd.h"

_Static_assert(sizeof(struct statvfs) == sizeof(struct ukposix_statvfs),
	       "newlib's struct statvfs is glibc's (patches/0015)");

int statvfs(const char *path, struct statvfs *s)
{
	return glue_ret(ukposix_statvfs(path, -1,
					(struct ukposix_statvfs *)s));
}

int fstatvfs(int fd, struct statvfs *s)
{
	return glue_ret(ukposix_statvfs(NULL, fd,
					(struct ukposix_statvfs *)s));
}

#include "fd.h"
#include <sys/statvfs.h>
#include <uk/posix.h>

_Static_assert(sizeof(struct statvfs) == sizeof(struct ukposix_statvfs),
	       "struct statvfs is not glibc's");

/* ukposix's figures of the one filesystem, for a path or fd that exists. */
int statvfs(const char *path, struct statvfs *st)
{
	return _nolibc_fdret(ukposix_statvfs(path, -1,
					     (struct ukposix_statvfs *)st));
}

int fstatvfs(int fd, struct statvfs *st)
{
	return _nolibc_fdret(ukposix_statvfs(NULL, fd,
					     (struct ukposix_statvfs *)st));
}

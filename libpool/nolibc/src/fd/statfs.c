#include "fd.h"
#include <sys/statfs.h>
#include <uk/posix.h>

_Static_assert(sizeof(struct statfs) == sizeof(struct ukposix_statfs),
	       "struct statfs is not Linux's");

/* Linux's statfs: ukposix's figures (ramfs, RAMFS_MAGIC). */
int statfs(const char *path, struct statfs *st)
{
	return _nolibc_fdret(ukposix_statfs(path, -1,
					    (struct ukposix_statfs *)st));
}

int fstatfs(int fd, struct statfs *st)
{
	return _nolibc_fdret(ukposix_statfs(NULL, fd,
					    (struct ukposix_statfs *)st));
}

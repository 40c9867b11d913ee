#include "fd.h"
#include <sys/statfs.h>

/* Linux's statfs: the one filesystem's figures (ramfs: RAMFS_MAGIC), for
 * any path or fd that exists. */
static int fill(int r, struct statfs *st)
{
	struct vfscore_statvfs v;

	if (r < 0)
		return _nolibc_fdret(r);
	vfscore_statvfs(&v);
	*st = (struct statfs){ .f_type = 0x858458f6, .f_bsize = v.bsize,
			       .f_blocks = v.blocks, .f_bfree = v.bfree,
			       .f_bavail = v.bfree, .f_files = v.files,
			       .f_ffree = v.ffree, .f_namelen = v.namemax,
			       .f_frsize = v.bsize };
	return 0;
}

int statfs(const char *path, struct statfs *st)
{
	struct vfscore_stat v;

	return fill(vfscore_stat(path, &v), st);
}

int fstatfs(int fd, struct statfs *st)
{
	struct vfscore_stat v;

	return fill(vfscore_fstat(fd, &v), st);
}

#include "fd.h"
#include <sys/statvfs.h>

/* The one filesystem's figures, whatever the path or fd (which must
 * exist). */
static int fill(int r, struct statvfs *st)
{
	struct vfscore_statvfs v;

	if (r < 0)
		return _nolibc_fdret(r);
	vfscore_statvfs(&v);
	*st = (struct statvfs){ .f_bsize = v.bsize, .f_frsize = v.bsize,
				.f_blocks = v.blocks, .f_bfree = v.bfree,
				.f_bavail = v.bfree, .f_files = v.files,
				.f_ffree = v.ffree, .f_favail = v.ffree,
				.f_namemax = v.namemax };
	return 0;
}

int statvfs(const char *path, struct statvfs *st)
{
	struct vfscore_stat v;

	return fill(vfscore_stat(path, &v), st);
}

int fstatvfs(int fd, struct statvfs *st)
{
	struct vfscore_stat v;

	return fill(vfscore_fstat(fd, &v), st);
}

/* File system figures (one file system: ramfs) in glibc's struct statvfs
 * (patches/0015). */
#include <sys/statvfs.h>
#include "fd.h"

static int fill(struct statvfs *s)
{
	struct vfscore_statvfs v;
	int r = vfscore_statvfs(&v);

	if (r < 0)
		return glue_ret(r);
	*s = (struct statvfs){ .f_bsize = v.bsize, .f_frsize = v.bsize,
			       .f_blocks = v.blocks, .f_bfree = v.bfree,
			       .f_bavail = v.bfree, .f_files = v.files,
			       .f_ffree = v.ffree, .f_favail = v.ffree,
			       .f_namemax = v.namemax };
	return 0;
}

int statvfs(const char *path, struct statvfs *s)
{
	struct vfscore_stat st;
	int r = vfscore_stat(path, &st);

	return r < 0 ? glue_ret(r) : fill(s);
}

int fstatvfs(int fd, struct statvfs *s)
{
	struct vfscore_stat st;
	int r = vfscore_fstat(fd, &st);

	return r < 0 ? glue_ret(r) : fill(s);
}

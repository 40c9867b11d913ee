/* The filesystem's figures in glibc's statvfs and Linux's statfs: the one
 * filesystem (ramfs, RAMFS_MAGIC), whose blocks are the heap's pages. */
#include <uk/posix.h>
#include <uk/vfs.h>

static int figures(const char *path, int fd, struct vfscore_statvfs *v)
{
	struct vfscore_stat st;
	int r = path ? vfscore_stat(path, &st) : vfscore_fstat(fd, &st);

	if (r == 0)
		vfscore_statvfs(v);
	return r;
}

int ukposix_statvfs(const char *path, int fd, struct ukposix_statvfs *st)
{
	struct vfscore_statvfs v;
	int r = figures(path, fd, &v);

	if (r == 0)
		*st = (struct ukposix_statvfs){
			.bsize = v.bsize, .frsize = v.bsize,
			.blocks = v.blocks, .bfree = v.bfree,
			.bavail = v.bfree, .files = v.files,
			.ffree = v.ffree, .favail = v.ffree,
			.namemax = v.namemax };
	return r;
}

int ukposix_statfs(const char *path, int fd, struct ukposix_statfs *st)
{
	struct vfscore_statvfs v;
	int r = figures(path, fd, &v);

	if (r == 0)
		*st = (struct ukposix_statfs){
			.type = 0x858458f6, .bsize = v.bsize,
			.blocks = v.blocks, .bfree = v.bfree,
			.bavail = v.bfree, .files = v.files,
			.ffree = v.ffree, .namelen = v.namemax,
			.frsize = v.bsize };
	return r;
}

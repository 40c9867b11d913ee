#include "fd.h"
#include "stat_conv.h"

/* Console only (uk/vfs_console.h: a character device, so newlib
 * line-buffers stdout): vfscore's definition replaces it when vfscore is
 * linked. */
GLUE_WEAK int vfscore_fstat(int fd, struct vfscore_stat *st)
{
	return vfscore_console_fstat(fd, st);
}

int fstat(int fd, struct stat *st)
{
	struct vfscore_stat v;
	int r = vfscore_fstat(fd, &v);

	if (r < 0)
		return glue_ret(r);
	glue_stat(st, &v);
	return 0;
}

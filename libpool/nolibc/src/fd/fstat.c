#include "fd.h"

/* Console only (uk/vfs_console.h): vfscore's definition replaces it
 * when vfscore is linked. */
_NOLIBC_WEAK int vfscore_fstat(int fd, struct vfscore_stat *st)
{
	return vfscore_console_fstat(fd, st);
}

int fstat(int fd, struct stat *st)
{
	struct vfscore_stat v;
	int r = vfscore_fstat(fd, &v);

	if (r < 0)
		return _nolibc_fdret(r);
	_nolibc_stat(st, &v);
	return 0;
}

#include "fd.h"

int stat(const char *path, struct stat *st)
{
	struct vfscore_stat v;
	int r = vfscore_stat(path, &v);

	if (r < 0)
		return _nolibc_fdret(r);
	_nolibc_stat(st, &v);
	return 0;
}

int lstat(const char *path, struct stat *st)
{
	return stat(path, st);
}

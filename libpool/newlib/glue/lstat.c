#include "fd.h"
#include "stat_conv.h"

/* ramfs has no symbolic links yet: lstat is stat. */
int lstat(const char *path, struct stat *st)
{
	struct vfscore_stat v;
	int r = vfscore_stat(path, &v);

	if (r < 0)
		return glue_ret(r);
	glue_stat(st, &v);
	return 0;
}

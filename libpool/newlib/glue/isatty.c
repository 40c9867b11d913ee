#include <unistd.h>
#include <uk/plat/console.h>
#include "fd.h"

/* Console only: vfscore's definition replaces it when vfscore is linked.
 * The platform says whether the host's side is a terminal. */
GLUE_WEAK int vfscore_isatty(int fd)
{
	if (glue_confd(fd))
		return -EBADF;
	return !ukplat_cisatty || ukplat_cisatty(fd) ? 1 : -ENOTTY;
}

/* POSIX: 1, or 0 with errno set. */
int isatty(int fd)
{
	int r = vfscore_isatty(fd);

	return r < 0 ? (int)glue_ret(r) + 1 : 1;
}

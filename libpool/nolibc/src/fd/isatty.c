#include "fd.h"
#include <unistd.h>
#include <uk/plat/console.h>

/* Console only: vfscore's definition replaces it when vfscore is linked.
 * The platform says whether the host's side is a terminal. */
_NOLIBC_WEAK int vfscore_isatty(int fd)
{
	if (_nolibc_confd(fd))
		return -EBADF;
	return !ukplat_cisatty || ukplat_cisatty(fd) ? 1 : -ENOTTY;
}

/* POSIX: 1, or 0 with errno set. */
int isatty(int fd)
{
	int r = vfscore_isatty(fd);

	return r < 0 ? (int)_nolibc_fdret(r) + 1 : 1;
}

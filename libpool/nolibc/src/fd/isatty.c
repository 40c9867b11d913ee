#include "fd.h"
#include <unistd.h>

/* Console only: vfscore's definition replaces it when vfscore is linked. */
_NOLIBC_WEAK int vfscore_isatty(int fd)
{
	return _nolibc_confd(fd) ? -EBADF : 1;
}

/* POSIX: 1, or 0 with errno set. */
int isatty(int fd)
{
	int r = vfscore_isatty(fd);

	return r < 0 ? (int)_nolibc_fdret(r) + 1 : 1;
}

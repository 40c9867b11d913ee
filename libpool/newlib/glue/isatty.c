#include <unistd.h>
#include "fd.h"

/* Console only: vfscore's definition replaces it when vfscore is linked. */
GLUE_WEAK int vfscore_isatty(int fd)
{
	return glue_confd(fd) ? -EBADF : 1;
}

/* POSIX: 1, or 0 with errno set. */
int isatty(int fd)
{
	int r = vfscore_isatty(fd);

	return r < 0 ? (int)glue_ret(r) + 1 : 1;
}

#include <unistd.h>
#include "fd.h"

/* Console only (uk/vfs_console.h: the platform says whether the host's
 * side is a terminal): vfscore's definition replaces it when vfscore is
 * linked. */
GLUE_WEAK int vfscore_isatty(int fd)
{
	return vfscore_console_isatty(fd);
}

/* POSIX: 1, or 0 with errno set. */
int isatty(int fd)
{
	int r = vfscore_isatty(fd);

	return r < 0 ? (int)glue_ret(r) + 1 : 1;
}

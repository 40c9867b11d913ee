#include "fd.h"
#include <unistd.h>

/* Console only (uk/vfs_console.h): vfscore's definition replaces it
 * when vfscore is linked. */
_NOLIBC_WEAK int vfscore_close(int fd)
{
	return vfscore_console_close(fd);
}

int close(int fd)
{
	return _nolibc_fdret(vfscore_close(fd));
}

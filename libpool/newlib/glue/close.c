#include <unistd.h>
#include "fd.h"

/* Console only (uk/vfs_console.h): vfscore's definition replaces it
 * when vfscore is linked. */
GLUE_WEAK int vfscore_close(int fd)
{
	return vfscore_console_close(fd);
}

int close(int fd)
{
	return glue_ret(vfscore_close(fd));
}

#include <unistd.h>
#include "fd.h"

/* Console only (uk/vfs_console.h): vfscore's definition replaces it
 * when vfscore is linked. */
GLUE_WEAK long vfscore_read(int fd, void *buf, size_t len)
{
	return vfscore_console_read(fd, buf, len);
}

int read(int fd, void *buf, size_t len)
{
	return glue_ret(vfscore_read(fd, buf, len));
}

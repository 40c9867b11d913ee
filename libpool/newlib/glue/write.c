#include <unistd.h>
#include "fd.h"

/* Console only (uk/vfs_console.h): vfscore's definition replaces it
 * when vfscore is linked. */
GLUE_WEAK long vfscore_write(int fd, const void *buf, size_t len)
{
	return vfscore_console_write(fd, buf, len);
}

int write(int fd, const void *buf, size_t len)
{
	return glue_ret(vfscore_write(fd, buf, len));
}

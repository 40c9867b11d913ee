#include "fd.h"
#include <unistd.h>

/* Console only (uk/vfs_console.h): vfscore's definition replaces it
 * when vfscore is linked. */
_NOLIBC_WEAK long vfscore_read(int fd, void *buf, size_t len)
{
	return vfscore_console_read(fd, buf, len);
}

ssize_t read(int fd, void *buf, size_t len)
{
	return _nolibc_fdret(vfscore_read(fd, buf, len));
}

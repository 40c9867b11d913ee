#include <unistd.h>
#include "../fd/fd.h"

/* Console only (uk/vfs_console.h): vfscore's definition replaces it
 * when vfscore is linked. */
_NOLIBC_WEAK long vfscore_write(int fd, const void *buf, size_t len)
{
	return vfscore_console_write(fd, buf, len);
}

ssize_t write(int fd, const void *buf, size_t len)
{
	return _nolibc_fdret(vfscore_write(fd, buf, len));
}

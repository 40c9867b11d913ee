#include "fd.h"
#include <unistd.h>

/* Console only (uk/vfs_console.h): vfscore's definition replaces it
 * when vfscore is linked. */
_NOLIBC_WEAK int64_t vfscore_lseek(int fd, int64_t off, int whence)
{
	(void)off, (void)whence;
	return vfscore_console_lseek(fd);
}

off_t lseek(int fd, off_t off, int whence)
{
	return _nolibc_fdret(vfscore_lseek(fd, off, whence));
}

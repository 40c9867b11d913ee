#include "fd.h"
#include <unistd.h>

/* Console only: vfscore's definition replaces it when vfscore is linked. */
_NOLIBC_WEAK int64_t vfscore_lseek(int fd, int64_t off, int whence)
{
	(void)off, (void)whence;
	return _nolibc_confd(fd) ? -EBADF : -ESPIPE;
}

off_t lseek(int fd, off_t off, int whence)
{
	return _nolibc_fdret(vfscore_lseek(fd, off, whence));
}

#include <unistd.h>
#include "fd.h"

/* Console only: vfscore's definition replaces it when vfscore is linked. */
GLUE_WEAK int64_t vfscore_lseek(int fd, int64_t off, int whence)
{
	(void)off, (void)whence;
	return glue_confd(fd) ? -EBADF : -ESPIPE;
}

off_t lseek(int fd, off_t off, int whence)
{
	return glue_ret(vfscore_lseek(fd, off, whence));
}

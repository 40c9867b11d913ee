#include "fd.h"
#include <unistd.h>
#include <uk/plat/console.h>

/* Console only (waits for input; 0 once it has ended): vfscore's
 * definition replaces it when vfscore is linked. */
_NOLIBC_WEAK long vfscore_read(int fd, void *buf, size_t len)
{
	if (_nolibc_confd(fd))
		return -EBADF;
	if (len > 0x7fffffff)
		len = 0x7fffffff;
	return ukplat_cink_wait(buf, len);
}

ssize_t read(int fd, void *buf, size_t len)
{
	return _nolibc_fdret(vfscore_read(fd, buf, len));
}

#include <unistd.h>
#include <uk/plat/console.h>
#include "../fd/fd.h"

/* Console only: vfscore's definition replaces it when vfscore is linked.
 * stderr goes to the host's error stream where the platform has one. */
_NOLIBC_WEAK long vfscore_write(int fd, const void *buf, size_t len)
{
	if (_nolibc_confd(fd))
		return -EBADF;
	if (len > 0x7fffffff)
		len = 0x7fffffff;
	if (fd == STDERR_FILENO && ukplat_coute)
		return ukplat_coute(buf, len);
	return ukplat_coutk(buf, len);
}

ssize_t write(int fd, const void *buf, size_t len)
{
	return _nolibc_fdret(vfscore_write(fd, buf, len));
}

#include <unistd.h>
#include <uk/plat/console.h>
#include "fd.h"

/* Console only: vfscore's definition replaces it when vfscore is linked.
 * stderr goes to the host's error stream where the platform has one. */
GLUE_WEAK long vfscore_write(int fd, const void *buf, size_t len)
{
	if (glue_confd(fd))
		return -EBADF;
	if (len > 0x7fffffff)
		len = 0x7fffffff;
	if (fd == 2 && ukplat_coute)
		return ukplat_coute(buf, len);
	return ukplat_coutk(buf, len);
}

int write(int fd, const void *buf, size_t len)
{
	return glue_ret(vfscore_write(fd, buf, len));
}

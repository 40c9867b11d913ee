#include <unistd.h>
#include <uk/plat/console.h>
#include "fd.h"

/* Console only (waits for input; 0 once it has ended): vfscore's
 * definition replaces it when vfscore is linked. */
GLUE_WEAK long vfscore_read(int fd, void *buf, size_t len)
{
	if (glue_confd(fd))
		return -EBADF;
	if (len > 0x7fffffff)
		len = 0x7fffffff;
	return ukplat_cink_wait(buf, len);
}

int read(int fd, void *buf, size_t len)
{
	return glue_ret(vfscore_read(fd, buf, len));
}

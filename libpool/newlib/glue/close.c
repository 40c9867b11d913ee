#include <unistd.h>
#include "fd.h"

/* Console only (closing it changes nothing): vfscore's definition
 * replaces it when vfscore is linked. */
GLUE_WEAK int vfscore_close(int fd)
{
	return glue_confd(fd);
}

int close(int fd)
{
	return glue_ret(vfscore_close(fd));
}

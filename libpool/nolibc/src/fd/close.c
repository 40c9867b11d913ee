#include "fd.h"
#include <unistd.h>

/* Console only (closing it changes nothing): vfscore's definition
 * replaces it when vfscore is linked. */
_NOLIBC_WEAK int vfscore_close(int fd)
{
	return _nolibc_confd(fd);
}

int close(int fd)
{
	return _nolibc_fdret(vfscore_close(fd));
}

#include "fd.h"
#include <unistd.h>

int dup(int fd)
{
	return _nolibc_fdret(vfscore_dup(fd));
}

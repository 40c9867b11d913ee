#include "fd.h"
#include <unistd.h>

int dup2(int fd, int to)
{
	return _nolibc_fdret(vfscore_dup2(fd, to));
}

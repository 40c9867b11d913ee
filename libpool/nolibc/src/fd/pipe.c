#include "fd.h"
#include <unistd.h>

int pipe(int fds[2])
{
	return _nolibc_fdret(vfscore_pipe(fds));
}

#include <unistd.h>
#include "fd.h"

int pipe(int fds[2])
{
	return glue_ret(vfscore_pipe(fds));
}

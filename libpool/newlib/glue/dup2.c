#include <unistd.h>
#include "fd.h"

int dup2(int fd, int to)
{
	return glue_ret(vfscore_dup2(fd, to));
}

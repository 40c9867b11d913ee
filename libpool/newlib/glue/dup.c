#include <unistd.h>
#include "fd.h"

int dup(int fd)
{
	return glue_ret(vfscore_dup(fd));
}

#include "fd.h"
#include <fcntl.h>

int creat(const char *path, mode_t mode)
{
	return _nolibc_fdret(vfscore_open(path, O_CREAT | O_WRONLY | O_TRUNC,
					  mode));
}

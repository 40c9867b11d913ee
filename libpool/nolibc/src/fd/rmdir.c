#include "fd.h"
#include <unistd.h>

int rmdir(const char *path)
{
	return _nolibc_fdret(vfscore_rmdir(path));
}

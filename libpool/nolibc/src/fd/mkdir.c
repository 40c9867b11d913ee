#include "fd.h"

int mkdir(const char *path, mode_t mode)
{
	return _nolibc_fdret(vfscore_mkdir(path, mode));
}

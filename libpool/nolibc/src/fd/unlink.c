#include "fd.h"
#include <unistd.h>

int unlink(const char *path)
{
	return _nolibc_fdret(vfscore_unlink(path));
}

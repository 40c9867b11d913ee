#include <unistd.h>
#include "fd.h"

int rmdir(const char *path)
{
	return glue_ret(vfscore_rmdir(path));
}

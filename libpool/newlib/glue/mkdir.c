#include <sys/stat.h>
#include "fd.h"

int mkdir(const char *path, mode_t mode)
{
	return glue_ret(vfscore_mkdir(path, mode));
}

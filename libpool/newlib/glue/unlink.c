#include <unistd.h>
#include "fd.h"

int unlink(const char *path)
{
	return glue_ret(vfscore_unlink(path));
}

#include "compat.h"

/* off64_t is off_t on x86_64. */
int posix_fadvise64(int fd, int64_t off, int64_t len, int advice)
{
	return _glibccompat_posix_fadvise(fd, off, len, advice);
}

#include "compat.h"

/* off64_t is off_t on x86_64. */
long sendfile64(int out, int in, int64_t *off, size_t count)
{
	return _glibccompat_sendfile(out, in, off, count);
}

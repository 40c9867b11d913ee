#include "stdio_impl.h"
#include <errno.h>

/* The mode's access must be allowed by @fd's; not checked (as musl). */
FILE *fdopen(int fd, const char *mode)
{
	int flags = _nolibc_fmode(mode);

	if (flags < 0)
		return NULL;
	if (fd < 0) {
		errno = EBADF;
		return NULL;
	}
	return _nolibc_fnew(fd, flags);
}

#include "stdio_impl.h"
#include <fcntl.h>
#include <unistd.h>

FILE *fopen(const char *path, const char *mode)
{
	int flags = _nolibc_fmode(mode), fd;
	FILE *f;

	if (flags < 0)
		return NULL;
	fd = open(path, flags, 0666);
	if (fd < 0)
		return NULL;
	f = _nolibc_fnew(fd, flags);
	if (!f)
		close(fd);
	return f;
}

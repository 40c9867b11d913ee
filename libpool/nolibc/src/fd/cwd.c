#include "fd.h"
#include <stdlib.h>
#include <unistd.h>

int chdir(const char *path)
{
	return _nolibc_fdret(vfscore_chdir(path));
}

int fchdir(int fd)
{
	return _nolibc_fdret(vfscore_fchdir(fd));
}

char *getcwd(char *buf, size_t size)
{
	char *own = NULL;
	long r;

	if (!buf) {
		if (!size)
			size = VFSCORE_PATH_MAX;
		buf = own = malloc(size);
		if (!buf)
			return NULL;
	} else if (!size) {
		errno = EINVAL;
		return NULL;
	}
	r = vfscore_getcwd(buf, size);
	if (r < 0) {
		free(own);
		errno = -r;
		return NULL;
	}
	return buf;
}

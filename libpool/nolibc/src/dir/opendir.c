#include "dir.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

DIR *fdopendir(int fd)
{
	DIR *d = calloc(1, sizeof(*d));
	int r;

	if (!d)
		return NULL;
	r = vfscore_dir_init(&d->v, fd);
	if (r < 0) {
		free(d);
		errno = -r;
		return NULL;
	}
	return d;
}

DIR *opendir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY);
	DIR *d;

	if (fd < 0)
		return NULL;
	d = fdopendir(fd);
	if (!d)
		close(fd);
	return d;
}

int closedir(DIR *d)
{
	int r = close(d->v.fd);

	free(d);
	return r;
}

int dirfd(DIR *d)
{
	return d->v.fd;
}

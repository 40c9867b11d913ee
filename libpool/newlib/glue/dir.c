/* Directory streams: vfscore's (the state and the reading both C
 * libraries share), with glibc's struct dirent (patches/0015). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "fd.h"

struct __uk_dirstream {
	struct vfscore_dir v;
	struct dirent ent;	/* what readdir returns */
};

DIR *fdopendir(int fd)
{
	DIR *d = calloc(1, sizeof(*d));
	int r;

	if (!d)
		return NULL;
	r = vfscore_dir_init(&d->v, fd);
	if (r < 0) {
		free(d);
		return glue_ret(r), NULL;
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

/* The next entry into e: 1, 0 at the end, or -errno. */
static int next(DIR *d, struct dirent *e)
{
	int r = vfscore_dir_read(&d->v);

	if (r <= 0)
		return r;
	memset(e, 0, offsetof(struct dirent, d_name));
	e->d_ino = d->v.ent.ino;
	e->d_off = d->v.pos;
	e->d_reclen = sizeof(*e);
	/* DT_* is S_IF* >> 12 */
	e->d_type = (d->v.ent.type & VFSCORE_S_IFMT) >> 12;
	memcpy(e->d_name, d->v.ent.name, sizeof(e->d_name));
	return 1;
}

struct dirent *readdir(DIR *d)
{
	int r = next(d, &d->ent);

	if (r < 0)
		glue_ret(r);
	return r > 0 ? &d->ent : NULL;
}

int readdir_r(DIR *d, struct dirent *e, struct dirent **res)
{
	int r = next(d, e);

	*res = r > 0 ? e : NULL;
	return r < 0 ? -r : 0;
}

void seekdir(DIR *d, long pos)
{
	vfscore_dir_seek(&d->v, pos);
}

void rewinddir(DIR *d)
{
	seekdir(d, 0);
}

long telldir(DIR *d)
{
	return d->v.pos;
}

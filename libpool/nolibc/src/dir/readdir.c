#include "dir.h"
#include <errno.h>
#include <string.h>
#include <uk/vfs.h>

struct dirent *readdir(DIR *d)
{
	struct vfscore_dirent v;
	int r = vfscore_readdir(d->fd, &v);

	if (r <= 0) {
		if (r < 0)
			errno = -r;
		return NULL;
	}
	d->pos++;
	d->ent.d_ino = v.ino;
	d->ent.d_off = d->pos;
	d->ent.d_reclen = sizeof(d->ent);
	d->ent.d_type = v.type >> 12;
	strcpy(d->ent.d_name, v.name);
	return &d->ent;
}

int readdir_r(DIR *d, struct dirent *entry, struct dirent **result)
{
	int e = errno;
	struct dirent *p;

	errno = 0;
	p = readdir(d);
	if (!p && errno) {
		int r = errno;

		errno = e;
		return r;
	}
	errno = e;
	if (p)
		*entry = *p;
	*result = p ? entry : NULL;
	return 0;
}

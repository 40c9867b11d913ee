#include "dir.h"
#include <errno.h>
#include <string.h>

struct dirent *readdir(DIR *d)
{
	int r = vfscore_dir_read(&d->v);

	if (r <= 0) {
		if (r < 0)
			errno = -r;
		return NULL;
	}
	d->ent.d_ino = d->v.ent.ino;
	d->ent.d_off = d->v.pos;
	d->ent.d_reclen = sizeof(d->ent);
	d->ent.d_type = d->v.ent.type >> 12;
	strcpy(d->ent.d_name, d->v.ent.name);
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

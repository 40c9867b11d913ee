/* Directory streams (opendir & co.): the part every C library shares. A
 * stream is an fd on a directory, whose offset counts entries, and the
 * count read so far (telldir). */
#include "vfs_impl.h"

int vfscore_dir_init(struct vfscore_dir *d, int fd)
{
	struct vfscore_stat st;
	int r = vfscore_fstat(fd, &st);

	if (r < 0)
		return r;
	if (!_VFSCORE_ISDIR(st.mode))
		return -ENOTDIR;
	d->fd = fd;
	d->pos = 0;
	return 0;
}

int vfscore_dir_read(struct vfscore_dir *d)
{
	int r = vfscore_readdir(d->fd, &d->ent);

	if (r > 0)
		d->pos++;
	return r;
}

int vfscore_dir_seek(struct vfscore_dir *d, long pos)
{
	int64_t r = vfscore_lseek(d->fd, pos, 0);

	if (r < 0)
		return r;
	d->pos = pos;
	return 0;
}

/* Calls on an open fd beyond read and write: positioned I/O, truncation,
 * fsync, directory entries, fcntl. */
#include "vfs_impl.h"

/* Reads or writes at @off, the file's offset left where it was. */
static long pio(int fd, void *buf, size_t len, int64_t off, int wr)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);
	int64_t saved;
	long r;

	if (!f)
		return -EBADF;
	if (!f->ops->seek)
		return -ESPIPE;
	if (off < 0)
		return -EINVAL;
	if ((f->flags & VFSCORE_O_ACCMODE) ==
	    (wr ? VFSCORE_O_RDONLY : VFSCORE_O_WRONLY))
		return -EBADF;
	saved = f->off;
	f->off = off;
	r = wr ? f->ops->write(f, buf, len) : f->ops->read(f, buf, len);
	f->off = saved;
	return r;
}

long vfscore_pread(int fd, void *buf, size_t len, int64_t off)
{
	return pio(fd, buf, len, off, 0);
}

long vfscore_pwrite(int fd, const void *buf, size_t len, int64_t off)
{
	return pio(fd, (void *)buf, len, off, 1);
}

static int truncate_vn(struct vfscore_vnode *vn, int64_t size)
{
	int r;

	if (_VFSCORE_ISDIR(vn->mode))
		return -EISDIR;
	if (!_VFSCORE_ISREG(vn->mode) || size < 0)
		return -EINVAL;
	r = vn->ops->truncate(vn, size);
	if (r == 0)
		_vfscore_vnode_changed(vn, NULL);
	return r;
}

int vfscore_truncate(const char *path, int64_t size)
{
	struct vfscore_vnode *vn;
	int r = _vfscore_lookup(path, &vn);

	return r < 0 ? r : truncate_vn(vn, size);
}

int vfscore_ftruncate(int fd, int64_t size)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);
	struct vfscore_vnode *vn;
	int r = _vfscore_fd_vnode(fd, &vn);

	if (r)
		return r < 0 ? r : -EINVAL;
	if ((f->flags & VFSCORE_O_ACCMODE) == VFSCORE_O_RDONLY)
		return -EINVAL;		/* Linux: EINVAL, not EBADF */
	return truncate_vn(vn, size);
}

int vfscore_fsync(int fd)
{
	return _vfscore_fd_get(fd) ? 0 : -EBADF;
}

/* Entries 0 and 1 are "." and ".."; the filesystem's follow. */
int vfscore_readdir(int fd, struct vfscore_dirent *d)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);
	struct vfscore_vnode *vn, *up;
	int r = _vfscore_fd_vnode(fd, &vn);

	if (r)
		return r < 0 ? r : -ENOTDIR;
	if (!_VFSCORE_ISDIR(vn->mode))
		return -ENOTDIR;
	if (f->off < 2) {
		up = vn;
		if (f->off == 1 && vn != _vfscore_root)
			vn->ops->lookup(vn, "..", 2, &up);
		d->ino = up->ino;
		d->type = VFSCORE_S_IFDIR;
		d->name[0] = d->name[1] = '.';
		d->name[f->off + 1] = 0;
		f->off++;
		return 1;
	}
	r = vn->ops->readdir(vn, f->off - 2, d);
	if (r > 0)
		f->off++;
	return r;
}

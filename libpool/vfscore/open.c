/* open() and the files it makes: a vnode with an offset. */
#include "vfs_impl.h"
#include <uk/alloc.h>

static long vn_read(struct _vfscore_file *f, void *buf, size_t len)
{
	struct vfscore_vnode *vn = f->priv;
	long r;

	if (_VFSCORE_ISDIR(vn->mode))
		return -EISDIR;
	r = vn->ops->read(vn, buf, len, f->off);
	if (r > 0)
		f->off += r;
	return r;
}

static long vn_write(struct _vfscore_file *f, const void *buf, size_t len)
{
	struct vfscore_vnode *vn = f->priv;
	long r;

	if (f->flags & VFSCORE_O_APPEND)
		f->off = vn->size;
	r = vn->ops->write(vn, buf, len, f->off);
	if (r > 0) {
		f->off += r;
		_vfscore_vnode_changed(vn, NULL);
	}
	return r;
}

static int64_t vn_seek(struct _vfscore_file *f, int64_t off, int whence)
{
	struct vfscore_vnode *vn = f->priv;
	int64_t base;

	switch (whence) {
	case 0: base = 0; break;
	case 1: base = f->off; break;
	case 2: base = vn->size; break;
	default: return -EINVAL;
	}
	if ((off < 0 && base + off < 0) || (off > 0 && base + off < base))
		return -EINVAL;
	f->off = base + off;
	return f->off;
}

static int vn_stat(struct _vfscore_file *f, struct vfscore_stat *st)
{
	_vfscore_vnode_stat(f->priv, st);
	return 0;
}

static void vn_release(struct _vfscore_file *f)
{
	struct vfscore_vnode *vn = f->priv;
	struct uk_alloc *a = uk_alloc_get_default();

	vn->refs--;
	_vfscore_vnode_gc(vn);
	uk_free(a, f);
}

const struct _vfscore_fops _vfscore_vn_fops = {
	.read = vn_read, .write = vn_write, .seek = vn_seek,
	.stat = vn_stat, .release = vn_release,
};

/* The vnode @l names, created if absent and O_CREAT: 0 and *@out. A
 * last link is followed unless O_NOFOLLOW (-ELOOP) or O_CREAT|O_EXCL
 * (-EEXIST); a dangling one fails with -ENOENT. */
static int find_or_create(struct _vfscore_last *l, int flags,
			  unsigned int mode, struct vfscore_vnode **out)
{
	int creat = flags & VFSCORE_O_CREAT, excl = flags & VFSCORE_O_EXCL;
	int r;

	*out = l->dir;
	if (!l->len)
		return creat && excl ? -EEXIST : 0;
	r = l->dir->ops->lookup(l->dir, l->name, l->len, out);
	if (r == -ENOENT && creat) {
		if (l->slash)
			return -EISDIR;
		r = l->dir->ops->create(l->dir, l->name, l->len,
					VFSCORE_S_IFREG |
					(mode & 07777 & ~_vfscore_umask),
					out);
		if (r == 0) {
			_vfscore_vnode_new(*out);
			_vfscore_vnode_changed(l->dir, NULL);
		}
		return r;
	}
	if (r == 0 && creat && excl)
		return -EEXIST;
	if (r == 0 && _VFSCORE_ISLNK((*out)->mode)) {
		if (flags & VFSCORE_O_NOFOLLOW)
			return -ELOOP;
		return _vfscore_resolve(l, 1, out);
	}
	return r;
}

int vfscore_open(const char *path, int flags, unsigned int mode)
{
	return vfscore_openat(VFSCORE_AT_FDCWD, path, flags, mode);
}

int vfscore_openat(int dirfd, const char *path, int flags, unsigned int mode)
{
	int acc = flags & VFSCORE_O_ACCMODE;
	struct _vfscore_last l;
	struct vfscore_vnode *vn;
	struct _vfscore_file *f;
	int r, fd;

	fd = _vfscore_fd_free();
	if (fd < 0)
		return fd;
	r = _vfscore_walk_at(dirfd, path, &l);
	if (r == 0)
		r = find_or_create(&l, flags, mode, &vn);
	if (r < 0)
		return r;
	if (_VFSCORE_ISDIR(vn->mode)) {
		if (acc != VFSCORE_O_RDONLY)
			return -EISDIR;
	} else if (l.slash || (flags & VFSCORE_O_DIRECTORY)) {
		return -ENOTDIR;
	} else if ((flags & VFSCORE_O_TRUNC) && acc != VFSCORE_O_RDONLY &&
		   vn->size) {
		r = vn->ops->truncate(vn, 0);
		if (r < 0)
			return r;
		_vfscore_vnode_changed(vn, NULL);
	}
	f = _vfscore_file_new(&_vfscore_vn_fops, flags, vn);
	if (!f)
		return -ENOMEM;
	vn->refs++;
	_vfscore_fd_install(fd, f);
	return fd;
}

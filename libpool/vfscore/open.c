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
	if (r > 0)
		f->off += r;
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

static const struct _vfscore_fops vn_ops = {
	.read = vn_read, .write = vn_write, .seek = vn_seek,
	.stat = vn_stat, .release = vn_release,
};

/* The vnode @l names, created if absent and O_CREAT: 0 and *@out. */
static int find_or_create(struct _vfscore_last *l, int flags,
			  unsigned int mode, struct vfscore_vnode **out)
{
	int r;

	*out = l->dir;
	if (!l->len)
		return flags & VFSCORE_O_CREAT && flags & VFSCORE_O_EXCL ?
		       -EEXIST : 0;
	r = l->dir->ops->lookup(l->dir, l->name, l->len, out);
	if (r == -ENOENT && (flags & VFSCORE_O_CREAT)) {
		if (l->slash)
			return -EISDIR;
		return l->dir->ops->create(l->dir, l->name, l->len,
					   VFSCORE_S_IFREG | (mode & 07777),
					   out);
	}
	if (r == 0 && (flags & VFSCORE_O_CREAT) && (flags & VFSCORE_O_EXCL))
		return -EEXIST;
	return r;
}

int vfscore_open(const char *path, int flags, unsigned int mode)
{
	int acc = flags & VFSCORE_O_ACCMODE;
	struct _vfscore_last l;
	struct vfscore_vnode *vn;
	struct _vfscore_file *f;
	int r, fd;

	fd = _vfscore_fd_free();
	if (fd < 0)
		return fd;
	r = _vfscore_walk(path, &l);
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
	}
	f = _vfscore_file_new(&vn_ops, flags, vn);
	if (!f)
		return -ENOMEM;
	vn->refs++;
	_vfscore_fd_install(fd, f);
	return fd;
}

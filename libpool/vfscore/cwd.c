/* The working directory: where relative paths start. It holds a
 * reference on its vnode, and rmdir refuses it (-EBUSY). */
#include "vfs_impl.h"
#include <string.h>

static int set_cwd(struct vfscore_vnode *vn)
{
	struct vfscore_vnode *old = _vfscore_cwd;

	if (!_VFSCORE_ISDIR(vn->mode))
		return -ENOTDIR;
	vn->refs++;
	_vfscore_cwd = vn;
	if (old) {
		old->refs--;
		_vfscore_vnode_gc(old);
	}
	return 0;
}

int vfscore_chdir(const char *path)
{
	struct vfscore_vnode *vn;
	int r = _vfscore_lookup(path, &vn);

	return r < 0 ? r : set_cwd(vn);
}

int vfscore_fchdir(int fd)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);

	if (!f)
		return -EBADF;
	if (f->ops != &_vfscore_vn_fops)
		return -ENOTDIR;
	return set_cwd(f->priv);
}

/* The name of @vn in its parent @dir, into *@d: 0 or -ENOENT. */
static int name_in(struct vfscore_vnode *dir, struct vfscore_vnode *vn,
		   struct vfscore_dirent *d)
{
	uint64_t i;

	for (i = 0; dir->ops->readdir(dir, i, d) == 1; i++)
		if (d->ino == vn->ino)
			return 0;
	return -ENOENT;
}

/* Built from the end of @buf backwards: each directory's name is found
 * in its parent's entries. */
long vfscore_getcwd(char *buf, size_t size)
{
	struct vfscore_vnode *vn = _vfscore_cwd ? _vfscore_cwd : _vfscore_root;
	struct vfscore_vnode *parent;
	struct vfscore_dirent d;
	size_t pos = size, n;
	int r;

	if (!vn)
		return -ENOENT;
	if (!size)
		return -ERANGE;
	buf[--pos] = 0;
	while (vn != _vfscore_root) {
		r = vn->ops->lookup(vn, "..", 2, &parent);
		if (r == 0)
			r = name_in(parent, vn, &d);
		if (r < 0)
			return r;
		n = strlen(d.name);
		if (pos < n + 1)
			return -ERANGE;
		pos -= n;
		memcpy(buf + pos, d.name, n);
		buf[--pos] = '/';
		vn = parent;
	}
	if (pos == size - 1) {
		if (!pos)
			return -ERANGE;
		buf[--pos] = '/';
	}
	memmove(buf, buf + pos, size - pos);
	return size - pos;
}

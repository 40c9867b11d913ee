/* The calls that work on a path and make no fd: stat, mkdir, unlink,
 * rmdir. */
#include "vfs_impl.h"

int vfscore_stat(const char *path, struct vfscore_stat *st)
{
	struct vfscore_vnode *vn;
	int r = _vfscore_lookup(path, &vn);

	if (r < 0)
		return r;
	_vfscore_vnode_stat(vn, st);
	return 0;
}

int vfscore_mkdir(const char *path, unsigned int mode)
{
	struct _vfscore_last l;
	struct vfscore_vnode *vn;
	int r = _vfscore_walk(path, &l);

	if (r < 0)
		return r;
	if (!l.len)
		return -EEXIST;
	r = l.dir->ops->lookup(l.dir, l.name, l.len, &vn);
	if (r != -ENOENT)
		return r < 0 ? r : -EEXIST;
	return l.dir->ops->create(l.dir, l.name, l.len,
				  VFSCORE_S_IFDIR | (mode & 07777), &vn);
}

/* Removes the entry @path names, a directory or not as @dir says. */
static int remove_entry(const char *path, int dir)
{
	struct _vfscore_last l;
	struct vfscore_vnode *vn;
	int r = _vfscore_walk(path, &l);

	if (r < 0)
		return r;
	if (!l.len)	/* "/" or "dir/.": nothing to unlink it from */
		return dir ? -EBUSY : -EISDIR;
	r = l.dir->ops->lookup(l.dir, l.name, l.len, &vn);
	if (r < 0)
		return r;
	if (_VFSCORE_ISDIR(vn->mode) != dir)
		return dir ? -ENOTDIR : -EISDIR;
	if (l.slash && !dir)
		return -ENOTDIR;
	if (dir && (vn == _vfscore_root || vn->refs))
		return -EBUSY;
	r = l.dir->ops->remove(l.dir, l.name, l.len, vn);
	if (r < 0)
		return r;
	_vfscore_vnode_gc(vn);
	return 0;
}

int vfscore_unlink(const char *path)
{
	return remove_entry(path, 0);
}

int vfscore_rmdir(const char *path)
{
	return remove_entry(path, 1);
}

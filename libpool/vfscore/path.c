/* The calls that work on a path and make no fd: stat, mkdir, unlink,
 * rmdir, and their *at forms. */
#include "vfs_impl.h"

int vfscore_statat(int dirfd, const char *path, struct vfscore_stat *st,
		   int flags)
{
	struct vfscore_vnode *vn;
	int r;

	if (!*path && flags & VFSCORE_AT_EMPTY_PATH)
		return dirfd == VFSCORE_AT_FDCWD ? vfscore_stat(".", st)
						 : vfscore_fstat(dirfd, st);
	r = _vfscore_lookup_at(dirfd, path,
			       !(flags & VFSCORE_AT_SYMLINK_NOFOLLOW), &vn);
	if (r < 0)
		return r;
	_vfscore_vnode_stat(vn, st);
	return 0;
}

int vfscore_stat(const char *path, struct vfscore_stat *st)
{
	return vfscore_statat(VFSCORE_AT_FDCWD, path, st, 0);
}

int _vfscore_walk_free(int dirfd, const char *path, struct _vfscore_last *l)
{
	struct vfscore_vnode *vn;
	int r = _vfscore_walk_at(dirfd, path, l);

	if (r < 0)
		return r;
	if (!l->len)
		return -EEXIST;
	r = l->dir->ops->lookup(l->dir, l->name, l->len, &vn);
	return r == -ENOENT ? 0 : r < 0 ? r : -EEXIST;
}

int _vfscore_make(int dirfd, const char *path, uint32_t mode,
		  struct _vfscore_last *l, struct vfscore_vnode **vn)
{
	int r = _vfscore_walk_free(dirfd, path, l);

	if (r == 0)
		r = l->dir->ops->create(l->dir, l->name, l->len, mode, vn);
	if (r == 0) {
		_vfscore_vnode_new(*vn);
		_vfscore_vnode_changed(l->dir, NULL);
	}
	return r;
}

int vfscore_mkdirat(int dirfd, const char *path, unsigned int mode)
{
	struct _vfscore_last l;
	struct vfscore_vnode *vn;

	return _vfscore_make(dirfd, path, VFSCORE_S_IFDIR |
			     (mode & 07777 & ~_vfscore_umask), &l, &vn);
}

int vfscore_mkdir(const char *path, unsigned int mode)
{
	return vfscore_mkdirat(VFSCORE_AT_FDCWD, path, mode);
}

int _vfscore_dir_busy(struct vfscore_vnode *vn)
{
	return vn == _vfscore_root || vn == _vfscore_cwd || vn->refs;
}

/* Removes the entry @path names, a directory or not as @dir says. */
static int remove_entry(int dirfd, const char *path, int dir)
{
	struct _vfscore_last l;
	struct vfscore_vnode *vn;
	int r = _vfscore_walk_at(dirfd, path, &l);

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
	if (dir && _vfscore_dir_busy(vn))
		return -EBUSY;
	r = l.dir->ops->remove(l.dir, l.name, l.len, vn);
	if (r < 0)
		return r;
	vn->ctime = _vfscore_now();
	_vfscore_vnode_changed(l.dir, NULL);
	_vfscore_vnode_gc(vn);
	return 0;
}

int vfscore_unlinkat(int dirfd, const char *path, int flags)
{
	return remove_entry(dirfd, path, !!(flags & VFSCORE_AT_REMOVEDIR));
}

int vfscore_unlink(const char *path)
{
	return remove_entry(VFSCORE_AT_FDCWD, path, 0);
}

int vfscore_rmdir(const char *path)
{
	return remove_entry(VFSCORE_AT_FDCWD, path, 1);
}

/* rename and link: names moved or added within the one filesystem. */
#include "vfs_impl.h"

/* Is @dir @vn or inside it? */
static int inside(struct vfscore_vnode *dir, struct vfscore_vnode *vn)
{
	struct vfscore_vnode *up;

	for (;;) {
		if (dir == vn)
			return 1;
		if (dir == _vfscore_root ||
		    dir->ops->lookup(dir, "..", 2, &up) < 0 || up == dir)
			return 0;
		dir = up;
	}
}

/* Makes room for @vn at @l's name: nothing there, the same file (1: no
 * move needed), or a file of the same kind that can go. */
static int clear_target(struct _vfscore_last *l, struct vfscore_vnode *vn)
{
	struct vfscore_vnode *old;
	int r = l->dir->ops->lookup(l->dir, l->name, l->len, &old);

	if (r == -ENOENT)
		return l->slash && !_VFSCORE_ISDIR(vn->mode) ? -ENOTDIR : 0;
	if (r < 0)
		return r;
	if (old == vn)
		return 1;
	if (_VFSCORE_ISDIR(old->mode) != _VFSCORE_ISDIR(vn->mode))
		return _VFSCORE_ISDIR(old->mode) ? -EISDIR : -ENOTDIR;
	if (_VFSCORE_ISDIR(old->mode) && _vfscore_dir_busy(old))
		return -EBUSY;
	r = l->dir->ops->remove(l->dir, l->name, l->len, old);
	if (r < 0)
		return r;
	_vfscore_vnode_gc(old);
	return 0;
}

int vfscore_renameat(int olddirfd, const char *old, int newdirfd,
		     const char *new_)
{
	struct _vfscore_last o, n;
	struct vfscore_vnode *vn;
	int r = _vfscore_walk_at(olddirfd, old, &o);

	if (r == 0)
		r = _vfscore_walk_at(newdirfd, new_, &n);
	if (r == 0)
		r = _vfscore_resolve(&o, 0, &vn);
	if (r < 0)
		return r;
	if (!o.len || !n.len)	/* "/" or "x/.": no entry to move */
		return _VFSCORE_ISDIR(vn->mode) ? -EBUSY : -EINVAL;
	if (_VFSCORE_ISDIR(vn->mode) &&
	    (vn == _vfscore_root || inside(n.dir, vn)))
		return -EINVAL;
	if (n.slash && !_VFSCORE_ISDIR(vn->mode))
		return -ENOTDIR;
	r = clear_target(&n, vn);
	if (r)
		return r < 0 ? r : 0;
	r = o.dir->ops->rename(o.dir, o.name, o.len, n.dir, n.name, n.len, vn);
	if (r < 0)
		return r;
	vn->ctime = _vfscore_now();
	_vfscore_vnode_changed(o.dir, n.dir);
	return 0;
}

int vfscore_linkat(int olddirfd, const char *old, int newdirfd,
		   const char *new_, int flags)
{
	struct _vfscore_last n;
	struct vfscore_vnode *vn;
	int r = _vfscore_lookup_at(olddirfd, old,
				   !!(flags & VFSCORE_AT_SYMLINK_FOLLOW), &vn);

	if (r == 0 && _VFSCORE_ISDIR(vn->mode))
		r = -EPERM;
	if (r == 0)
		r = _vfscore_walk_free(newdirfd, new_, &n);
	if (r < 0)
		return r;
	if (n.slash)
		return -ENOENT;
	r = n.dir->ops->link(n.dir, n.name, n.len, vn);
	if (r < 0)
		return r;
	vn->ctime = _vfscore_now();
	_vfscore_vnode_changed(n.dir, NULL);
	return 0;
}

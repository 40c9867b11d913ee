/* Path walk. Absolute and relative paths both start at the root (there is
 * no working directory); empty components and "." are skipped, ".." is
 * the filesystem's (ramfs: the parent; the root's is the root). */
#include "vfs_impl.h"

static const char *skip_slashes(const char *p)
{
	while (*p == '/')
		p++;
	return p;
}

/* The component at @p (no leading '/'): its length. */
static size_t comp_len(const char *p)
{
	size_t n = 0;

	while (p[n] && p[n] != '/')
		n++;
	return n;
}

struct vfscore_vnode *_vfscore_root;

int _vfscore_walk(const char *path, struct _vfscore_last *l)
{
	struct vfscore_vnode *vn = _vfscore_root;
	const char *p = path;
	size_t n;
	int r, dot;

	if (!vn || !*path)
		return -ENOENT;
	for (;;) {
		p = skip_slashes(p);
		n = comp_len(p);
		if (n > VFSCORE_NAME_MAX)
			return -ENAMETOOLONG;
		if (!_VFSCORE_ISDIR(vn->mode))
			return -ENOTDIR;
		dot = n == 1 && p[0] == '.';
		/* The last component, or none: the path names vn itself. */
		if (!*skip_slashes(p + n)) {
			l->dir = vn;
			l->name = p;
			l->len = dot ? 0 : n;
			l->slash = p[n] == '/';
			return 0;
		}
		if (!dot) {
			r = vn->ops->lookup(vn, p, n, &vn);
			if (r < 0)
				return r;
		}
		p += n;
	}
}

int _vfscore_lookup(const char *path, struct vfscore_vnode **out)
{
	struct _vfscore_last l;
	int r = _vfscore_walk(path, &l);

	if (r < 0)
		return r;
	*out = l.dir;
	if (l.len) {
		r = l.dir->ops->lookup(l.dir, l.name, l.len, out);
		if (r < 0)
			return r;
	}
	if (l.slash && !_VFSCORE_ISDIR((*out)->mode))
		return -ENOTDIR;
	return 0;
}

void _vfscore_vnode_gc(struct vfscore_vnode *vn)
{
	if (!vn->refs && !vn->nlink)
		vn->ops->free(vn);
}

void _vfscore_vnode_stat(struct vfscore_vnode *vn, struct vfscore_stat *st)
{
	*st = (struct vfscore_stat){ .ino = vn->ino, .mode = vn->mode,
				     .nlink = vn->nlink, .size = vn->size,
				     .blksize = 512 };
}

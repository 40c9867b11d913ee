/* Path walk. Absolute paths start at the root, relative ones at the
 * working directory or an *at call's directory; empty components and
 * "." are skipped, ".." is the filesystem's (ramfs: the parent; the
 * root's is the root); symbolic links are followed in every component
 * but the last, and in the last where the caller asks (_vfscore_resolve),
 * 40 at most per path, as Linux. */
#include "vfs_impl.h"
#include <uk/plat/time.h>

#define MAXLINKS 40

struct vfscore_vnode *_vfscore_root;
struct vfscore_vnode *_vfscore_cwd;
unsigned int _vfscore_umask = 022;

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

static int walk(struct vfscore_vnode *vn, const char *p,
		struct _vfscore_last *l);

/* Replaces the link *@vn, an entry of @dir, by what it points to, until
 * that is no link. */
static int follow(struct vfscore_vnode *dir, struct vfscore_vnode **vn,
		  struct _vfscore_last *l)
{
	struct _vfscore_last t = { .links = l->links };
	char *target;
	int r;

	while (_VFSCORE_ISLNK((*vn)->mode)) {
		if (++t.links > MAXLINKS)
			return -ELOOP;
		target = _vfscore_link_read(*vn);
		if (!target)
			return -ENOMEM;
		r = walk(dir, target, &t);
		if (r == 0) {
			*vn = t.dir;
			if (t.len)
				r = t.dir->ops->lookup(t.dir, t.name, t.len, vn);
		}
		_vfscore_link_free(target);
		if (r < 0)
			return r;
		dir = t.dir;
	}
	l->links = t.links;
	return 0;
}

static int walk(struct vfscore_vnode *vn, const char *p,
		struct _vfscore_last *l)
{
	struct vfscore_vnode *next;
	size_t n;
	int r, dot;

	if (!_vfscore_root || !*p)
		return -ENOENT;
	if (*p == '/' || !vn)
		vn = *p == '/' || !_vfscore_cwd ? _vfscore_root : _vfscore_cwd;
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
			r = vn->ops->lookup(vn, p, n, &next);
			if (r == 0 && _VFSCORE_ISLNK(next->mode))
				r = follow(vn, &next, l);
			if (r < 0)
				return r;
			vn = next;
		}
		p += n;
	}
}

int _vfscore_walk_from(struct vfscore_vnode *start, const char *path,
		       struct _vfscore_last *l)
{
	l->links = 0;
	return walk(start, path, l);
}

int _vfscore_walk(const char *path, struct _vfscore_last *l)
{
	return _vfscore_walk_from(NULL, path, l);
}

int _vfscore_walk_at(int dirfd, const char *path, struct _vfscore_last *l)
{
	struct vfscore_vnode *start = NULL;

	if (dirfd != VFSCORE_AT_FDCWD && *path && *path != '/') {
		struct _vfscore_file *f = _vfscore_fd_get(dirfd);

		if (!f)
			return -EBADF;
		if (f->ops != &_vfscore_vn_fops)
			return -ENOTDIR;
		start = f->priv;
	}
	return _vfscore_walk_from(start, path, l);
}

int _vfscore_resolve(struct _vfscore_last *l, int follow_last,
		     struct vfscore_vnode **out)
{
	int r;

	*out = l->dir;
	if (l->len) {
		r = l->dir->ops->lookup(l->dir, l->name, l->len, out);
		if (r == 0 && follow_last && _VFSCORE_ISLNK((*out)->mode))
			r = follow(l->dir, out, l);
		if (r < 0)
			return r;
	}
	if (l->slash && !_VFSCORE_ISDIR((*out)->mode))
		return -ENOTDIR;
	return 0;
}

int _vfscore_lookup_at(int dirfd, const char *path, int follow_last,
		       struct vfscore_vnode **out)
{
	struct _vfscore_last l;
	int r = _vfscore_walk_at(dirfd, path, &l);

	return r < 0 ? r : _vfscore_resolve(&l, follow_last, out);
}

int _vfscore_lookup(const char *path, struct vfscore_vnode **out)
{
	return _vfscore_lookup_at(VFSCORE_AT_FDCWD, path, 1, out);
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
				     .blksize = 512, .uid = vn->uid,
				     .gid = vn->gid, .atime = vn->atime,
				     .mtime = vn->mtime, .ctime = vn->ctime };
}

int64_t _vfscore_now(void)
{
	return ukplat_wall_clock ? (int64_t)ukplat_wall_clock() : 0;
}

void _vfscore_vnode_new(struct vfscore_vnode *vn)
{
	vn->atime = vn->mtime = vn->ctime = _vfscore_now();
}

void _vfscore_vnode_changed(struct vfscore_vnode *vn, struct vfscore_vnode *dir)
{
	int64_t now = _vfscore_now();

	vn->mtime = vn->ctime = now;
	if (dir)
		dir->mtime = dir->ctime = now;
}

int _vfscore_fd_vnode(int fd, struct vfscore_vnode **vn)
{
	struct _vfscore_file *f = _vfscore_fd_get(fd);

	if (!f)
		return -EBADF;
	if (f->ops != &_vfscore_vn_fops)
		return 1;
	*vn = f->priv;
	return 0;
}

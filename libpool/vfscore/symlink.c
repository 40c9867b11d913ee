/* Symbolic links: a vnode of type link whose data is its target. */
#include "vfs_impl.h"
#include <uk/alloc.h>
#include <string.h>

char *_vfscore_link_read(struct vfscore_vnode *lnk)
{
	struct uk_alloc *a = uk_alloc_get_default();
	char *t = a ? uk_malloc(a, lnk->size + 1) : NULL;
	long r;

	if (!t)
		return NULL;
	r = lnk->ops->read(lnk, t, lnk->size, 0);
	t[r > 0 ? r : 0] = 0;
	return t;
}

void _vfscore_link_free(char *target)
{
	uk_free(uk_alloc_get_default(), target);
}

int vfscore_symlinkat(const char *target, int dirfd, const char *path)
{
	size_t len = strlen(target);
	struct _vfscore_last l;
	struct vfscore_vnode *vn;
	int r;

	if (!len)
		return -ENOENT;
	if (len >= VFSCORE_PATH_MAX)
		return -ENAMETOOLONG;
	r = _vfscore_make(dirfd, path, VFSCORE_S_IFLNK | 0777, &l, &vn);
	if (r < 0)
		return r;
	r = vn->ops->write(vn, target, len, 0);
	if (r < 0) {
		l.dir->ops->remove(l.dir, l.name, l.len, vn);
		_vfscore_vnode_gc(vn);
		return r;
	}
	return 0;
}

long vfscore_readlinkat(int dirfd, const char *path, char *buf, size_t len)
{
	struct vfscore_vnode *vn;
	int r = _vfscore_lookup_at(dirfd, path, 0, &vn);

	if (r < 0)
		return r;
	if (!_VFSCORE_ISLNK(vn->mode))
		return -EINVAL;
	return vn->ops->read(vn, buf, len, 0);
}

/* A file's attributes: permission bits, owner, times, and what access()
 * says of them. Nothing is enforced: there is one user, root. */
#include "vfs_impl.h"

unsigned int vfscore_umask(unsigned int mask)
{
	unsigned int old = _vfscore_umask;

	_vfscore_umask = mask & 0777;
	return old;
}

/* The vnode of @dirfd/@path (@flags: VFSCORE_AT_SYMLINK_NOFOLLOW) or,
 * with @path NULL, of @dirfd itself. */
static int target(int dirfd, const char *path, int flags,
		  struct vfscore_vnode **vn)
{
	int r;

	if (path)
		return _vfscore_lookup_at(dirfd, path,
				!(flags & VFSCORE_AT_SYMLINK_NOFOLLOW), vn);
	r = _vfscore_fd_vnode(dirfd, vn);
	return r > 0 ? -EPERM : r;
}

static int chmod_vn(int dirfd, const char *path, unsigned int mode,
		    int flags)
{
	struct vfscore_vnode *vn;
	int r = target(dirfd, path, flags, &vn);

	if (r < 0)
		return r;
	vn->mode = (vn->mode & VFSCORE_S_IFMT) | (mode & 07777);
	vn->ctime = _vfscore_now();
	return 0;
}

int vfscore_chmodat(int dirfd, const char *path, unsigned int mode,
		    int flags)
{
	return chmod_vn(dirfd, path, mode, flags);
}

int vfscore_fchmod(int fd, unsigned int mode)
{
	return chmod_vn(fd, NULL, mode, 0);
}

static int chown_vn(int dirfd, const char *path, uint32_t uid, uint32_t gid,
		    int flags)
{
	struct vfscore_vnode *vn;
	int r = target(dirfd, path, flags, &vn);

	if (r < 0)
		return r;
	if (uid != (uint32_t)-1)
		vn->uid = uid;
	if (gid != (uint32_t)-1)
		vn->gid = gid;
	vn->ctime = _vfscore_now();
	return 0;
}

int vfscore_chownat(int dirfd, const char *path, uint32_t uid, uint32_t gid,
		    int flags)
{
	return chown_vn(dirfd, path, uid, gid, flags);
}

int vfscore_fchown(int fd, uint32_t uid, uint32_t gid)
{
	return chown_vn(fd, NULL, uid, gid, 0);
}

/* One utimens time: 0 and *@t set, or 1 (omit). */
static int utime_one(int64_t v, int64_t now, int64_t *t)
{
	if (v == VFSCORE_UTIME_OMIT)
		return 1;
	*t = v == VFSCORE_UTIME_NOW ? now : v;
	return 0;
}

static int utimens_vn(int dirfd, const char *path, const int64_t ns[2],
		      int flags)
{
	struct vfscore_vnode *vn;
	int64_t now = _vfscore_now(), t[2] = { now, now };
	int r = target(dirfd, path, flags, &vn), i, set = 0;

	if (r < 0)
		return r;
	for (i = 0; ns && i < 2; i++)
		set |= !utime_one(ns[i], now, &t[i]) << i;
	if (!ns)
		set = 3;
	if (set & 1)
		vn->atime = t[0];
	if (set & 2)
		vn->mtime = t[1];
	if (set)
		vn->ctime = now;
	return 0;
}

int vfscore_utimensat(int dirfd, const char *path, const int64_t ns[2],
		      int flags)
{
	return utimens_vn(dirfd, path, ns, flags);
}

int vfscore_futimens(int fd, const int64_t ns[2])
{
	return utimens_vn(fd, NULL, ns, 0);
}

int vfscore_accessat(int dirfd, const char *path, int mode, int flags)
{
	struct vfscore_vnode *vn;
	int r;

	if (mode & ~7)
		return -EINVAL;
	r = _vfscore_lookup_at(dirfd, path,
			       !(flags & VFSCORE_AT_SYMLINK_NOFOLLOW), &vn);
	if (r < 0)
		return r;
	if (mode & 1 && !_VFSCORE_ISDIR(vn->mode) && !(vn->mode & 0111))
		return -EACCES;
	return 0;
}

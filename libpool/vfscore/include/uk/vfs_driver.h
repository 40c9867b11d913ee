/* vfscore's filesystem driver API: what a filesystem (ramfs) implements
 * so that vfscore can walk paths and do I/O on its files. Consumers use
 * <uk/vfs.h> instead.
 *
 * A filesystem hands vfscore vnodes, one per file or directory, that it
 * allocates and embeds in its own node structure. vfscore never copies a
 * vnode. Lifetime: `nlink` counts the directory entries naming a vnode
 * (the filesystem keeps it), `refs` the open files using it (vfscore
 * keeps it); vfscore calls ops->free() once both are 0. A filesystem
 * never frees a vnode it has handed out by itself.
 *
 * A symbolic link is a vnode of type VFSCORE_S_IFLNK whose data (read and
 * write, as a regular file's) is its target; vfscore follows it.
 * Owner and times are vfscore's to keep in the vnode; a filesystem only
 * stores them.
 *
 * Operations return 0 (or a count) or a negative errno. vfscore has
 * already checked types (a lookup in a directory, I/O on a regular file),
 * access modes and name lengths (1 .. VFSCORE_NAME_MAX bytes, not
 * containing '/', never "." ) before calling them. */
#ifndef __UK_VFS_DRIVER_H__
#define __UK_VFS_DRIVER_H__

#include <uk/vfs.h>

#ifdef __cplusplus
extern "C" {
#endif

struct vfscore_vnode;

struct vfscore_vnops {
	/* Finds the entry @name (@len bytes; ".." is the parent, the
	 * root's is the root) in directory @dir: 0 and *@out, or -ENOENT. */
	int (*lookup)(struct vfscore_vnode *dir, const char *name,
		      size_t len, struct vfscore_vnode **out);
	/* Adds to @dir, which has no entry @name, a new empty file,
	 * directory or link of @mode (VFSCORE_S_IFREG, _IFDIR or _IFLNK and
	 * the permission bits), nlink 1: 0 and *@out, or -ENOMEM. */
	int (*create)(struct vfscore_vnode *dir, const char *name,
		      size_t len, uint32_t mode, struct vfscore_vnode **out);
	/* Removes the entry @name of @dir, naming @vn, and decrements
	 * @vn->nlink: 0, or -ENOTEMPTY (a directory with entries). */
	int (*remove)(struct vfscore_vnode *dir, const char *name,
		      size_t len, struct vfscore_vnode *vn);
	/* Copies up to @len bytes at @off (>= 0) of regular file @vn to
	 * @buf: the count, 0 at or past the end. */
	long (*read)(struct vfscore_vnode *vn, void *buf, size_t len,
		     int64_t off);
	/* Writes @len bytes at @off, growing the file (a gap reads as
	 * zeros) and @vn->size: the count, or -ENOSPC/-ENOMEM. */
	long (*write)(struct vfscore_vnode *vn, const void *buf, size_t len,
		      int64_t off);
	/* Sets the size of regular file @vn to @size: 0 or -ENOMEM. */
	int (*truncate)(struct vfscore_vnode *vn, int64_t size);
	/* Releases @vn: no entry names it, no file uses it. */
	void (*free)(struct vfscore_vnode *vn);
	/* Entry number @pos (0 is the first after "." and "..") of @dir:
	 * 1 and *@d (ino, type, name), or 0 past the last. Entries keep
	 * their order; new ones come last. */
	int (*readdir)(struct vfscore_vnode *dir, uint64_t pos,
		       struct vfscore_dirent *d);
	/* Adds the entry @name to @dir for the existing non-directory @vn
	 * (a hard link; @dir has no entry @name) and increments its nlink:
	 * 0 or -ENOMEM. */
	int (*link)(struct vfscore_vnode *dir, const char *name, size_t len,
		    struct vfscore_vnode *vn);
	/* Moves the entry @oname of @odir, naming @vn, to @nname in @ndir
	 * (which has no such entry; for a directory, @ndir is not inside
	 * it): its ".." becomes @ndir. 0 or -ENOMEM. */
	int (*rename)(struct vfscore_vnode *odir, const char *oname,
		      size_t olen, struct vfscore_vnode *ndir,
		      const char *nname, size_t nlen, struct vfscore_vnode *vn);
};

struct vfscore_vnode {
	const struct vfscore_vnops *ops;
	uint64_t ino;		/* set by the filesystem, unique in it */
	uint32_t mode;		/* VFSCORE_S_IF* type and permission bits */
	uint32_t nlink;		/* the filesystem's: entries naming it */
	uint32_t refs;		/* vfscore's: open files using it */
	int64_t size;		/* regular files: bytes; the filesystem's */
	uint32_t uid, gid;	/* vfscore's (chown) */
	int64_t atime, mtime, ctime;	/* vfscore's: ns since the epoch */
};

#ifdef __cplusplus
}
#endif

#endif /* __UK_VFS_DRIVER_H__ */

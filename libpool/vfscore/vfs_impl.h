/* vfscore internals shared by its members (private). */
#ifndef _VFSCORE_IMPL_H
#define _VFSCORE_IMPL_H

#include <uk/vfs_driver.h>
#include <uk/vfs_file.h>
#include <errno.h>

/* The fd-kind API is public (<uk/vfs_file.h>); vfscore's own members keep
 * their historical names for it. */
#define _vfscore_file		vfscore_file
#define _vfscore_fops		vfscore_fops
#define _vfscore_file_new	vfscore_file_new
#define _vfscore_fd_new		vfscore_fd_new
#define _vfscore_fd_get		vfscore_fd_file

#define _VFSCORE_ISDIR(m) (((m) & VFSCORE_S_IFMT) == VFSCORE_S_IFDIR)

/* The console's three files, fds 0 1 2 at boot (console.c). */
extern struct _vfscore_file _vfscore_console[3];

/* The root directory (namei.c; NULL until rootfs.c mounts it at boot). */
extern struct vfscore_vnode *_vfscore_root;

/* The lowest free fd, or -EMFILE; it stays free until installed. */
int _vfscore_fd_free(void);
/* Makes @fd (free, from _vfscore_fd_free) name @f, taking a reference. */
void _vfscore_fd_install(int fd, struct _vfscore_file *f);

/* A path split by _vfscore_walk(): the directory holding its last
 * component, and that component (len 0: the directory itself). */
struct _vfscore_last {
	struct vfscore_vnode *dir;
	const char *name;
	size_t len;
	int slash;		/* the path ends with '/': must be a dir */
};

/* Walks every component of @path but the last (namei.c). 0 or -ENOENT,
 * -ENOTDIR, -ENAMETOOLONG. */
int _vfscore_walk(const char *path, struct _vfscore_last *l);
/* Walks all of @path: 0 and *@out, or the errors above. */
int _vfscore_lookup(const char *path, struct vfscore_vnode **out);
/* Frees @vn if nothing names or uses it any more. */
void _vfscore_vnode_gc(struct vfscore_vnode *vn);
/* Fills @st from @vn. */
void _vfscore_vnode_stat(struct vfscore_vnode *vn, struct vfscore_stat *st);

#endif

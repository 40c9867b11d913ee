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
#define _VFSCORE_ISLNK(m) (((m) & VFSCORE_S_IFMT) == VFSCORE_S_IFLNK)
#define _VFSCORE_ISREG(m) (((m) & VFSCORE_S_IFMT) == VFSCORE_S_IFREG)

/* The console's three files, fds 0 1 2 at boot (console.c). */
extern struct _vfscore_file _vfscore_console[3];

/* isatty of a console file: whether the platform says its stream
 * reaches a terminal (1), else -ENOTTY (console.c). */
int _vfscore_console_isatty(struct _vfscore_file *f);

/* The root directory (namei.c; NULL until rootfs.c mounts it at boot). */
extern struct vfscore_vnode *_vfscore_root;
/* The working directory (namei.c; cwd.c changes it, holding a reference;
 * NULL: the root). */
extern struct vfscore_vnode *_vfscore_cwd;
/* The file-creation mask (namei.c; vfscore_umask changes it). */
extern unsigned int _vfscore_umask;
/* What files open on a vnode do (open.c): a file whose ops are these has
 * the vnode as priv. */
extern const struct _vfscore_fops _vfscore_vn_fops;

/* The lowest free fd, or -EMFILE; it stays free until installed. */
int _vfscore_fd_free(void);
/* Per-fd flags, FD_CLOEXEC (fd.c; cleared by _vfscore_fd_install). */
extern unsigned char _vfscore_fdflags[VFSCORE_NR_FDS];
/* Makes @fd (free, from _vfscore_fd_free) name @f, taking a reference. */
void _vfscore_fd_install(int fd, struct _vfscore_file *f);

/* A path split by _vfscore_walk(): the directory holding its last
 * component, and that component (len 0: the directory itself). */
struct _vfscore_last {
	struct vfscore_vnode *dir;
	const char *name;
	size_t len;
	int slash;		/* the path ends with '/': must be a dir */
	int links;		/* symbolic links followed so far */
};

/* Walks every component of @path but the last (namei.c), from the root,
 * the working directory (relative @path) or @start if not NULL. 0 or
 * -ENOENT, -ENOTDIR, -ENAMETOOLONG, -ELOOP, -ENOMEM. */
int _vfscore_walk(const char *path, struct _vfscore_last *l);
int _vfscore_walk_from(struct vfscore_vnode *start, const char *path,
		       struct _vfscore_last *l);
/* The same from the directory @dirfd is open on (or VFSCORE_AT_FDCWD);
 * also -EBADF, -ENOTDIR for a bad @dirfd. */
int _vfscore_walk_at(int dirfd, const char *path, struct _vfscore_last *l);
/* The vnode a walked path names (following a last link if
 * @follow_last): 0 and *@out, or the errors above. */
int _vfscore_resolve(struct _vfscore_last *l, int follow_last,
		     struct vfscore_vnode **out);
/* Walks and resolves: 0 and *@out, or the errors above. */
int _vfscore_lookup_at(int dirfd, const char *path, int follow_last,
		       struct vfscore_vnode **out);
int _vfscore_lookup(const char *path, struct vfscore_vnode **out);
/* The target of link @lnk, allocated and NUL-terminated, or NULL (no
 * memory); freed by _vfscore_link_free (symlink.c). */
char *_vfscore_link_read(struct vfscore_vnode *lnk);
void _vfscore_link_free(char *target);
/* The vnode @fd is open on: 0 and *@vn, 1 if @fd is a pipe or the
 * console, -EBADF if it is not open (namei.c). */
int _vfscore_fd_vnode(int fd, struct vfscore_vnode **vn);
/* Walks @path (from @dirfd) to a last component that names nothing yet
 * (path.c): 0, -EEXIST, or a walk error. */
int _vfscore_walk_free(int dirfd, const char *path, struct _vfscore_last *l);
/* Creates what @path names, of @mode (type and bits), times set: 0 and
 * *@vn, -EEXIST, -ENOMEM or a walk error (path.c). */
int _vfscore_make(int dirfd, const char *path, uint32_t mode,
		  struct _vfscore_last *l, struct vfscore_vnode **vn);
/* A directory that cannot go: the root, the working directory, one
 * open somewhere (path.c). */
int _vfscore_dir_busy(struct vfscore_vnode *vn);
/* The wall clock in ns (0 without one). */
int64_t _vfscore_now(void);
/* Times of a vnode just created: now. */
void _vfscore_vnode_new(struct vfscore_vnode *vn);
/* @vn's data changed (and @dir's entries, unless NULL): mtime = ctime =
 * now. */
void _vfscore_vnode_changed(struct vfscore_vnode *vn,
			    struct vfscore_vnode *dir);
/* Frees @vn if nothing names or uses it any more. */
void _vfscore_vnode_gc(struct vfscore_vnode *vn);
/* Fills @st from @vn. */
void _vfscore_vnode_stat(struct vfscore_vnode *vn, struct vfscore_stat *st);

/* Unpacks the boot archives into the mounted root (initrd.c): 0, or it
 * stops the boot with a message. */
int _vfscore_initrd(void);

#endif

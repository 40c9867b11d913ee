/* vfscore internals shared by its members (private). */
#ifndef _VFSCORE_IMPL_H
#define _VFSCORE_IMPL_H

#include <uk/vfs_driver.h>
#include <errno.h>

struct _vfscore_file;

/* What a kind of file (console, pipe end, vnode) does. A NULL seek means
 * -ESPIPE. */
struct _vfscore_fops {
	long (*read)(struct _vfscore_file *f, void *buf, size_t len);
	long (*write)(struct _vfscore_file *f, const void *buf, size_t len);
	int64_t (*seek)(struct _vfscore_file *f, int64_t off, int whence);
	int (*stat)(struct _vfscore_file *f, struct vfscore_stat *st);
	/* The last fd of @f is closed. */
	void (*release)(struct _vfscore_file *f);
};

/* An open file description: fds made by dup share it. */
struct _vfscore_file {
	const struct _vfscore_fops *ops;
	unsigned int refs;	/* fds naming it */
	int flags;		/* VFSCORE_O_* given to open */
	int64_t off;		/* vnode files */
	void *priv;		/* the vnode, pipe or console stream */
};

#define _VFSCORE_ISDIR(m) (((m) & VFSCORE_S_IFMT) == VFSCORE_S_IFDIR)

/* The console's three files, fds 0 1 2 at boot (console.c). */
extern struct _vfscore_file _vfscore_console[3];

/* isatty of a console file: whether the platform says its stream
 * reaches a terminal (1), else -ENOTTY (console.c). */
int _vfscore_console_isatty(struct _vfscore_file *f);

/* The root directory (namei.c; NULL until rootfs.c mounts it at boot). */
extern struct vfscore_vnode *_vfscore_root;

/* The file of @fd, or NULL (fd.c). */
struct _vfscore_file *_vfscore_fd_get(int fd);
/* The lowest free fd, or -EMFILE; it stays free until installed. */
int _vfscore_fd_free(void);
/* Makes @fd (free, from _vfscore_fd_free) name @f, taking a reference. */
void _vfscore_fd_install(int fd, struct _vfscore_file *f);
/* A new file of @ops with no fd yet, or NULL (no memory). */
struct _vfscore_file *_vfscore_file_new(const struct _vfscore_fops *ops,
					int flags, void *priv);
/* Installs @f at the lowest free fd: the fd, or -EMFILE (@f freed). */
int _vfscore_fd_new(struct _vfscore_file *f);

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

/* Unpacks the boot archives into the mounted root (initrd.c): 0, or it
 * stops the boot with a message. */
int _vfscore_initrd(void);

#endif

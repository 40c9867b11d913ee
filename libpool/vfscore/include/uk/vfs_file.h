/* vfscore's fd-kind API: what a kind of open file (the console, a pipe, a
 * vnode, a socket, an epoll instance) implements so that the fd table,
 * read/write, poll/select/epoll and ioctl work on it. A library that adds
 * a kind (uksock: sockets) fills a struct vfscore_fops, makes a file with
 * vfscore_file_new() and gives it an fd with vfscore_fd_new().
 *
 * Kernel conventions as in <uk/vfs.h>: counts or 0, negative Linux errno.
 * Readiness uses Linux's poll bits (the same in every libc). */
#ifndef __UK_VFS_FILE_H__
#define __UK_VFS_FILE_H__

#include <uk/vfs.h>

#ifdef __cplusplus
extern "C" {
#endif

/* poll(2) bits (Linux's values). */
#define VFSCORE_POLLIN		0x001
#define VFSCORE_POLLPRI		0x002
#define VFSCORE_POLLOUT		0x004
#define VFSCORE_POLLERR		0x008
#define VFSCORE_POLLHUP		0x010
#define VFSCORE_POLLNVAL	0x020
#define VFSCORE_POLLRDNORM	0x040
#define VFSCORE_POLLWRNORM	0x100
#define VFSCORE_POLLRDHUP	0x2000

/* ioctl(2) requests vfscore itself understands (Linux's values). */
#define VFSCORE_FIONREAD	0x541B
#define VFSCORE_FIONBIO		0x5421
#define VFSCORE_FIONCLEX	0x5450
#define VFSCORE_FIOCLEX		0x5451

struct vfscore_file;
struct vfscore_iovec {		/* struct iovec's layout in every libc */
	void *base;
	size_t len;
};

/* What a kind of file does. read, write, stat and release are required;
 * the rest are optional (NULL). Each takes the open file, whose flags
 * (O_NONBLOCK included) are the caller's to honour. */
struct vfscore_fops {
	long (*read)(struct vfscore_file *f, void *buf, size_t len);
	long (*write)(struct vfscore_file *f, const void *buf, size_t len);
	/* NULL: -ESPIPE. */
	int64_t (*seek)(struct vfscore_file *f, int64_t off, int whence);
	int (*stat)(struct vfscore_file *f, struct vfscore_stat *st);
	/* The last fd of @f is closed: free what the file holds (and @f,
	 * which vfscore_file_new() allocated, with uk_free on the default
	 * allocator). */
	void (*release)(struct vfscore_file *f);
	/* The VFSCORE_POLL* bits that hold now (never blocks). NULL: the
	 * file is always readable and writable (a regular file). A kind whose
	 * readiness changes calls vfscore_file_notify() when it does;
	 * `polled` kinds (the console) that cannot tell set polled = 1 and
	 * pollers re-check them every few milliseconds. */
	unsigned int (*poll)(struct vfscore_file *f);
	/* A request other than FIONBIO/FIOCLEX/FIONCLEX (vfscore handles
	 * those, then still calls this for FIONBIO so that the kind can
	 * follow). NULL: -ENOTTY. */
	int (*ioctl)(struct vfscore_file *f, unsigned long req, void *arg);
	/* Gather/scatter I/O as one operation (a datagram). NULL: vfscore
	 * calls write/read once per buffer. */
	long (*writev)(struct vfscore_file *f, const struct vfscore_iovec *iov,
		       int n);
	long (*readv)(struct vfscore_file *f, const struct vfscore_iovec *iov,
		      int n);
	int polled;
};

/* An open file description: fds made by dup share it. */
struct vfscore_file {
	const struct vfscore_fops *ops;
	unsigned int refs;	/* fds naming it */
	int flags;		/* VFSCORE_O_* given to open, O_NONBLOCK */
	int64_t off;		/* vnode files */
	void *priv;		/* the kind's own state */
	uint64_t serial;	/* unique per file ever made (epoll's check) */
	unsigned int events;	/* vfscore_file_notify() calls (epoll ET) */
};

/* A new file of @ops with no fd yet (refs 0), or NULL (no memory). */
struct vfscore_file *vfscore_file_new(const struct vfscore_fops *ops,
				      int flags, void *priv);

/* Installs @f at the lowest free fd and returns it, or -EMFILE (and
 * releases @f through its ops). */
int vfscore_fd_new(struct vfscore_file *f);

/* The file of @fd (no reference taken), or NULL. */
struct vfscore_file *vfscore_fd_file(int fd);

/* @f's readiness may have changed: wakes the threads waiting in
 * vfscore_poll(), vfscore_select() or vfscore_epoll_wait(). Callable
 * with the pre-emption counter raised; never switches. */
void vfscore_file_notify(struct vfscore_file *f);

#ifdef __cplusplus
}
#endif

#endif /* __UK_VFS_FILE_H__ */

/* vfscore: the calls on open fds beyond <uk/vfs.h>: gather/scatter I/O,
 * ioctl, and waiting for readiness (poll, select, epoll). Every kind of
 * file takes part (console, pipes, files, sockets, epoll instances).
 * Structures have Linux's layouts (struct pollfd, fd_set, the packed
 * x86_64 struct epoll_event), so each libc passes its callers' through.
 * Returns: counts or 0, or a negative Linux errno. */
#ifndef __UK_VFS_IO_H__
#define __UK_VFS_IO_H__

#include <uk/vfs_file.h>

#ifdef __cplusplus
extern "C" {
#endif

/* writev/readv: one operation where the kind supports it (a datagram),
 * else buffer after buffer, stopping at the first short or failed one.
 * -EINVAL for @n outside 0..1024. */
long vfscore_writev(int fd, const struct vfscore_iovec *iov, int n);
long vfscore_readv(int fd, const struct vfscore_iovec *iov, int n);

/* ioctl: FIONBIO (*(int *)@arg sets or clears O_NONBLOCK), FIOCLEX and
 * FIONCLEX (accepted: there is no exec), the rest by the file's kind
 * (FIONREAD: sockets and pipes). -ENOTTY when nobody knows @req. */
int vfscore_ioctl(int fd, unsigned long req, void *arg);

struct vfscore_pollfd {		/* struct pollfd */
	int fd;
	short events;
	short revents;
};

/* poll(2): waits until one of @fds is ready, up to @timeout_ms (< 0: no
 * limit, 0: just look). Returns how many have revents, 0 at the timeout.
 * A negative fd is skipped; a closed one gets POLLNVAL. */
int vfscore_poll(struct vfscore_pollfd *fds, unsigned long n,
		 int timeout_ms);

/* select(2) on fd_set bitmaps (unsigned long words, fd i at bit i % 64 of
 * word i / 64: every libc's layout), any of which may be NULL; on return
 * they hold the ready fds. @timeout_us < 0: no limit. -EBADF for a set
 * fd that is not open, -EINVAL for @nfds outside 0..VFSCORE_NR_FDS. */
int vfscore_select(int nfds, unsigned long *rd, unsigned long *wr,
		   unsigned long *ex, long long timeout_us);

struct vfscore_epoll_event {	/* struct epoll_event, packed on x86_64 */
	uint32_t events;
	uint64_t data;
} __attribute__((packed));

/* epoll: an fd of its own kind holding an interest list. @flags:
 * EPOLL_CLOEXEC (02000000) accepted. */
int vfscore_epoll_create(int flags);
/* @op: 1 ADD, 2 DEL, 3 MOD. -EEXIST, -ENOENT, -EBADF, -EINVAL (@fd is
 * @epfd), -EPERM (a regular file, as Linux). EPOLLET (1u << 31) and
 * EPOLLONESHOT (1u << 30) are honoured. */
int vfscore_epoll_ctl(int epfd, int op, int fd,
		      const struct vfscore_epoll_event *ev);
/* Up to @max ready events into @evs, waiting up to @timeout_ms. An fd
 * closed without EPOLL_CTL_DEL leaves the list by itself (its open file
 * went away). */
int vfscore_epoll_wait(int epfd, struct vfscore_epoll_event *evs, int max,
		       int timeout_ms);

#ifdef __cplusplus
}
#endif

#endif /* __UK_VFS_IO_H__ */

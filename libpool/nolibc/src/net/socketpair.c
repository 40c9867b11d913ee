/* socketpair(AF_UNIX, SOCK_STREAM): two connected ends in memory, a vfscore
 * file kind (<uk/vfs_file.h>; lwIP has no AF_UNIX). Each end reads from
 * its own ring, which the other end writes. Blocking reads and writes nap
 * (../fd/fdwait.h); pollers are woken through vfscore. When one end is
 * closed the other reads what is left, then 0, and polls as Linux's:
 * POLLIN|POLLRDHUP|POLLHUP (what nginx probes EPOLLRDHUP with); writing
 * to it is EPIPE (no SIGPIPE). Stream sockets only: other types are
 * EPROTONOSUPPORT; AF_INET and AF_INET6 are EOPNOTSUPP (as on Linux),
 * other domains EAFNOSUPPORT. Socket calls (send, shutdown, getsockopt...) on an end are
 * lwIP's and fail with ENOTSOCK: read, write, readv, writev and poll work. */
#include "../fd/fd.h"
#include "../fd/fdwait.h"
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <uk/alloc.h>
#include <uk/vfs_file.h>

#define RING 16384	/* bytes in flight towards one end */

struct uend {
	struct vfscore_file *f;	/* NULL once this end is closed */
	struct uend *peer;
	unsigned int head, len;	/* the bytes this end has to read */
	char ring[RING];
};

static long u_read(struct vfscore_file *f, void *buf, size_t len)
{
	struct uend *e = f->priv;
	size_t n, done = 0;

	while (!e->len && len) {
		if (!e->peer->f)
			return 0;	/* end of stream */
		if (f->flags & VFSCORE_O_NONBLOCK)
			return -EAGAIN;
		_nolibc_fdnap();
	}
	while (done < len && e->len) {
		n = RING - e->head;
		if (n > e->len)
			n = e->len;
		if (n > len - done)
			n = len - done;
		memcpy((char *)buf + done, e->ring + e->head, n);
		e->head = (e->head + n) % RING;
		e->len -= n;
		done += n;
	}
	if (e->peer->f)
		vfscore_file_notify(e->peer->f);	/* room to write */
	return done;
}

static long u_write(struct vfscore_file *f, const void *buf, size_t len)
{
	struct uend *to = ((struct uend *)f->priv)->peer;
	size_t n, tail, done = 0;

	while (done < len) {
		if (!to->f)
			return done ? (long)done : -EPIPE;
		if (to->len == RING) {
			if (done || (f->flags & VFSCORE_O_NONBLOCK))
				break;
			_nolibc_fdnap();
			continue;
		}
		tail = (to->head + to->len) % RING;
		n = (tail >= to->head ? RING : to->head) - tail;
		if (n > len - done)
			n = len - done;
		memcpy(to->ring + tail, (const char *)buf + done, n);
		to->len += n;
		done += n;
		vfscore_file_notify(to->f);	/* data to read */
	}
	return done ? (long)done : -EAGAIN;
}

static unsigned int u_poll(struct vfscore_file *f)
{
	struct uend *e = f->priv;
	unsigned int r = e->len ? VFSCORE_POLLIN | VFSCORE_POLLRDNORM : 0;

	if (!e->peer->f)
		return r | VFSCORE_POLLIN | VFSCORE_POLLRDNORM |
		       VFSCORE_POLLRDHUP | VFSCORE_POLLHUP | VFSCORE_POLLOUT |
		       VFSCORE_POLLWRNORM;
	if (e->peer->len < RING)
		r |= VFSCORE_POLLOUT | VFSCORE_POLLWRNORM;
	return r;
}

static int u_ioctl(struct vfscore_file *f, unsigned long req, void *arg)
{
	if (req == VFSCORE_FIONBIO)
		return 0;
	if (req != VFSCORE_FIONREAD)
		return -ENOTTY;
	*(int *)arg = ((struct uend *)f->priv)->len;
	return 0;
}

static int u_stat(struct vfscore_file *f, struct vfscore_stat *st)
{
	*st = (struct vfscore_stat){ .mode = S_IFSOCK | 0777, .nlink = 1,
				     .blksize = RING,
				     .size = ((struct uend *)f->priv)->len };
	return 0;
}

static void u_release(struct vfscore_file *f)
{
	struct uend *e = f->priv;

	e->f = NULL;
	if (e->peer->f)
		vfscore_file_notify(e->peer->f);	/* it sees the hang-up */
	else	/* both closed: the pair is one block, at the lower end */
		free(e < e->peer ? e : e->peer);
	uk_free(uk_alloc_get_default(), f);
}

static const struct vfscore_fops unix_ops = {
	.read = u_read, .write = u_write, .stat = u_stat,
	.release = u_release, .poll = u_poll, .ioctl = u_ioctl,
};

int socketpair(int domain, int type, int protocol, int sv[2])
{
	int flags = type & (SOCK_NONBLOCK | SOCK_CLOEXEC), fd[2], i;
	struct uend *e;

	type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (domain == AF_INET || domain == AF_INET6)
		return _nolibc_fdret(-EOPNOTSUPP);	/* as Linux */
	if (domain != AF_UNIX)
		return _nolibc_fdret(-EAFNOSUPPORT);
	if (type != SOCK_STREAM || (protocol && protocol != AF_UNIX))
		return _nolibc_fdret(-EPROTONOSUPPORT);
	e = calloc(2, sizeof(*e));
	if (!e)
		return _nolibc_fdret(-ENOMEM);
	e[0].peer = &e[1];
	e[1].peer = &e[0];
	for (i = 0; i < 2; i++)
		e[i].f = vfscore_file_new(&unix_ops, VFSCORE_O_RDWR |
			(flags & SOCK_NONBLOCK ? VFSCORE_O_NONBLOCK : 0), &e[i]);
	if (!e[0].f || !e[1].f) {
		for (i = 0; i < 2; i++)
			if (e[i].f)
				uk_free(uk_alloc_get_default(), e[i].f);
		free(e);
		return _nolibc_fdret(-ENOMEM);
	}
	fd[0] = vfscore_fd_new(e[0].f);	/* releases e[0].f on failure */
	if (fd[0] < 0) {
		u_release(e[1].f);		/* frees the pair */
		return _nolibc_fdret(fd[0]);
	}
	fd[1] = vfscore_fd_new(e[1].f);
	if (fd[1] < 0) {
		vfscore_close(fd[0]);		/* e[1].f is released: frees e */
		return _nolibc_fdret(fd[1]);
	}
	for (i = 0; i < 2 && (flags & SOCK_CLOEXEC); i++)
		vfscore_fcntl(fd[i], F_SETFD, FD_CLOEXEC);
	sv[0] = fd[0];
	sv[1] = fd[1];
	return 0;
}

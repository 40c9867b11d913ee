/* Sockets as vfscore files: the file kind (read, write, poll, ioctl,
 * close over lwIP's socket functions), the table from lwIP's socket
 * numbers to files that lwIP's event hook uses to wake pollers, and the
 * start of the stack. */
#include "sock_impl.h"
#include "lwip/priv/sockets_priv.h"
#include <uk/alloc.h>
#include <uk/vfs_io.h>

#define S_IFSOCK	0140000

/* lwIP's socket number -> its file (NULL: none yet, or closed). */
static struct vfscore_file *files[NUM_SOCKETS];

static void sync_nb(struct vfscore_file *f, struct _uksock *us)
{
	int nb = !!(f->flags & VFSCORE_O_NONBLOCK);

	if (nb != us->nb) {
		lwip_fcntl(us->s, F_SETFL, nb ? O_NONBLOCK : 0);
		us->nb = nb;
	}
}

static int dontwait(struct vfscore_file *f)
{
	return f->flags & VFSCORE_O_NONBLOCK ? MSG_DONTWAIT : 0;
}

static long s_read(struct vfscore_file *f, void *buf, size_t len)
{
	struct _uksock *us = f->priv;

	return _lwip_sock_ret(lwip_recv(us->s, buf, len, dontwait(f)));
}

static long s_write(struct vfscore_file *f, const void *buf, size_t len)
{
	struct _uksock *us = f->priv;

	return _lwip_sock_ret(lwip_send(us->s, buf, len, dontwait(f)));
}

static long s_writev(struct vfscore_file *f, const struct vfscore_iovec *iov,
		     int n)
{
	struct _uksock *us = f->priv;

	sync_nb(f, us);
	return _lwip_sock_ret(lwip_writev(us->s, (const struct iovec *)iov, n));
}

static long s_readv(struct vfscore_file *f, const struct vfscore_iovec *iov,
		    int n)
{
	struct _uksock *us = f->priv;

	sync_nb(f, us);
	return _lwip_sock_ret(lwip_readv(us->s, (const struct iovec *)iov, n));
}

static int s_stat(struct vfscore_file *f, struct vfscore_stat *st)
{
	struct _uksock *us = f->priv;

	*st = (struct vfscore_stat){ .ino = (uint64_t)us->s + 1,
				     .mode = S_IFSOCK | 0777, .nlink = 1,
				     .blksize = 4096 };
	return 0;
}

/* lwIP's event counters, as its own poll reads them. */
static unsigned int s_poll(struct vfscore_file *f)
{
	struct _uksock *us = f->priv;
	struct lwip_sock *sock = lwip_socket_dbg_get_socket(us->s);
	unsigned int r = 0;

	if (!sock || !sock->conn)
		return VFSCORE_POLLNVAL;
	if (sock->lastdata.pbuf || sock->rcvevent > 0)
		r |= VFSCORE_POLLIN | VFSCORE_POLLRDNORM;
	if (sock->sendevent)
		r |= VFSCORE_POLLOUT | VFSCORE_POLLWRNORM;
	if (sock->errevent)
		r |= VFSCORE_POLLERR;
	return r;
}

static int s_ioctl(struct vfscore_file *f, unsigned long req, void *arg)
{
	struct _uksock *us = f->priv;

	switch (req) {
	case VFSCORE_FIONBIO:
		sync_nb(f, us);
		return 0;
	case VFSCORE_FIONREAD:
		return _lwip_sock_ret(lwip_ioctl(us->s, FIONREAD, arg));
	}
	return -ENOTTY;
}

static void s_release(struct vfscore_file *f)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct _uksock *us = f->priv;

	files[us->s] = NULL;
	lwip_close(us->s);
	uk_free(a, us);
	uk_free(a, f);
}

static const struct vfscore_fops sock_ops = {
	.read = s_read, .write = s_write, .stat = s_stat,
	.release = s_release, .poll = s_poll, .ioctl = s_ioctl,
	.readv = s_readv, .writev = s_writev,
};

int _lwip_sock_get(int fd, struct vfscore_file **f, struct _uksock **us)
{
	*f = vfscore_fd_file(fd);
	if (!*f)
		return -EBADF;
	if ((*f)->ops != &sock_ops)
		return -ENOTSOCK;
	*us = (*f)->priv;
	sync_nb(*f, *us);
	return 0;
}

int _lwip_sock_install(int s, int nonblock)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct vfscore_file *f;
	struct _uksock *us;
	int fd;

	if (s < 0 || s >= NUM_SOCKETS) {
		lwip_close(s);
		return -ENFILE;
	}
	us = uk_calloc(a, 1, sizeof(*us));
	f = us ? vfscore_file_new(&sock_ops, VFSCORE_O_RDWR, us) : NULL;
	if (!f) {
		uk_free(a, us);
		lwip_close(s);
		return -ENOMEM;
	}
	us->s = s;
	if (nonblock)
		f->flags |= VFSCORE_O_NONBLOCK;
	sync_nb(f, us);
	fd = vfscore_fd_new(f);	/* releases f (closing s) on failure */
	if (fd >= 0)
		files[s] = f;
	return fd;
}

/* lwIP's event hook (lwipopts.h): socket @s's readiness changed. */
static void sock_event(int s)
{
	if (s >= 0 && s < NUM_SOCKETS && files[s])
		vfscore_file_notify(files[s]);
}

int _lwip_sock_up(void)
{
	static int up;

	if (!up) {
		if (lwip_uk_start() < 0)
			return -ENETDOWN;
		lwip_socket_event_fn = sock_event;
		up = 1;
	}
	return 0;
}

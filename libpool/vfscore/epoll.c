/* epoll: an fd whose file holds an interest list, scanned like poll's
 * (wait.c does the waiting). Level-triggered by default; EPOLLET reports
 * a ready fd again only after its kind notified a change
 * (vfscore_file_notify counts them in f->events), EPOLLONESHOT disables
 * the item once reported until EPOLL_CTL_MOD.
 *
 * Items name an fd and remember its open file by address and serial: an
 * fd closed without EPOLL_CTL_DEL (nginx does that) leaves the list at the
 * next scan, as on Linux, where closing the last fd removes the item. */
#include "vfs_impl.h"
#include "wait.h"
#include <uk/alloc.h>

#define EPOLLET		(1u << 31)
#define EPOLLONESHOT	(1u << 30)
#define EP_ADD		1
#define EP_DEL		2
#define EP_MOD		3
#define MAX_ITEMS	VFSCORE_NR_FDS

struct item {
	int fd;
	struct vfscore_file *f;
	uint64_t serial;
	uint32_t want;		/* events asked for, EPOLLET/ONESHOT too */
	uint64_t data;
	unsigned int seen;	/* f->events when last reported (EPOLLET) */
	int disabled;		/* EPOLLONESHOT fired */
};

struct epoll {
	struct item *items;
	int n, cap;
	uint64_t ino;
};

static long ep_read(struct vfscore_file *f, void *buf, size_t len)
{
	(void)f; (void)buf; (void)len;
	return -EINVAL;
}

static long ep_write(struct vfscore_file *f, const void *buf, size_t len)
{
	(void)f; (void)buf; (void)len;
	return -EINVAL;
}

static int ep_stat(struct vfscore_file *f, struct vfscore_stat *st)
{
	struct epoll *ep = f->priv;

	*st = (struct vfscore_stat){ .ino = ep->ino, .mode = 0600,
				     .nlink = 1, .blksize = 4096 };
	return 0;
}

static void ep_release(struct vfscore_file *f)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct epoll *ep = f->priv;

	uk_free(a, ep->items);
	uk_free(a, ep);
	uk_free(a, f);
}

static int item_live(const struct item *it)
{
	struct vfscore_file *f = vfscore_fd_file(it->fd);

	return f == it->f && f->serial == it->serial;
}

static unsigned int ep_poll(struct vfscore_file *f);

static const struct vfscore_fops ep_ops = {
	.read = ep_read, .write = ep_write, .stat = ep_stat,
	.release = ep_release, .poll = ep_poll,
};

/* What @it reports now (0: nothing). Polling an epoll fd (nested)
 * reports readiness without consuming edges. */
static uint32_t item_ready(struct item *it, int consume, int *polled)
{
	uint32_t r;

	if (it->disabled)
		return 0;
	if (it->f->ops == &ep_ops && it->f->priv)
		r = 0;	/* no nesting of epoll in epoll: reported idle */
	else
		r = _vfscore_ready(it->f);
	*polled |= it->f->ops->polled;
	r &= (it->want & ~(EPOLLET | EPOLLONESHOT)) |
	     VFSCORE_POLLERR | VFSCORE_POLLHUP;
	if (!r)
		return 0;
	if ((it->want & EPOLLET) && it->seen == it->f->events)
		return 0;
	if (consume) {
		it->seen = it->f->events;
		if (it->want & EPOLLONESHOT)
			it->disabled = 1;
	}
	return r;
}

/* Drops the items whose fd was closed. */
static void ep_prune(struct epoll *ep)
{
	int i = 0;

	while (i < ep->n)
		if (item_live(&ep->items[i]))
			i++;
		else
			ep->items[i] = ep->items[--ep->n];
}

static unsigned int ep_poll(struct vfscore_file *f)
{
	struct epoll *ep = f->priv;
	int i, polled = 0;

	ep_prune(ep);
	for (i = 0; i < ep->n; i++)
		if (item_ready(&ep->items[i], 0, &polled))
			return VFSCORE_POLLIN | VFSCORE_POLLRDNORM;
	return 0;
}

int vfscore_epoll_create(int flags)
{
	static uint64_t ino;
	struct uk_alloc *a = uk_alloc_get_default();
	struct vfscore_file *f;
	struct epoll *ep;

	if (flags & ~02000000)
		return -EINVAL;
	ep = a ? uk_calloc(a, 1, sizeof(*ep)) : NULL;
	if (!ep)
		return -ENOMEM;
	ep->ino = ++ino;
	f = vfscore_file_new(&ep_ops, VFSCORE_O_RDWR, ep);
	if (!f) {
		uk_free(a, ep);
		return -ENOMEM;
	}
	return vfscore_fd_new(f);
}

static struct item *ep_find(struct epoll *ep, int fd)
{
	int i;

	for (i = 0; i < ep->n; i++)
		if (ep->items[i].fd == fd)
			return &ep->items[i];
	return NULL;
}

static int ep_grow(struct epoll *ep)
{
	struct uk_alloc *a = uk_alloc_get_default();
	int cap = ep->cap ? 2 * ep->cap : 16;
	struct item *n;

	if (ep->n < ep->cap)
		return 0;
	if (ep->cap >= MAX_ITEMS)
		return -ENOSPC;
	n = uk_realloc(a, ep->items, cap * sizeof(*n));
	if (!n)
		return -ENOMEM;
	ep->items = n;
	ep->cap = cap;
	return 0;
}

int vfscore_epoll_ctl(int epfd, int op, int fd,
		      const struct vfscore_epoll_event *ev)
{
	struct vfscore_file *e = vfscore_fd_file(epfd);
	struct vfscore_file *f = vfscore_fd_file(fd);
	struct epoll *ep;
	struct item *it;
	int r;

	if (!e || !f)
		return -EBADF;
	if (e->ops != &ep_ops || fd == epfd)
		return -EINVAL;
	if (!f->ops->poll && f->ops->seek)
		return -EPERM;	/* a regular file: always ready */
	ep = e->priv;
	ep_prune(ep);
	it = ep_find(ep, fd);
	if (op != EP_DEL && !ev)
		return -EFAULT;
	switch (op) {
	case EP_ADD:
		if (it)
			return -EEXIST;
		r = ep_grow(ep);
		if (r)
			return r;
		it = &ep->items[ep->n++];
		*it = (struct item){ .fd = fd, .f = f, .serial = f->serial };
		it->seen = f->events - 1;	/* an edge is pending */
		break;
	case EP_MOD:
		if (!it)
			return -ENOENT;
		it->disabled = 0;
		it->seen = f->events - 1;
		break;
	case EP_DEL:
		if (!it)
			return -ENOENT;
		*it = ep->items[--ep->n];
		return 0;
	default:
		return -EINVAL;
	}
	it->want = ev->events;
	it->data = ev->data;
	vfscore_file_notify(e);
	return 0;
}

int vfscore_epoll_wait(int epfd, struct vfscore_epoll_event *evs, int max,
		       int timeout_ms)
{
	struct vfscore_file *e = vfscore_fd_file(epfd);
	unsigned long long deadline = _vfscore_wait_deadline(timeout_ms);
	struct epoll *ep;
	unsigned long since;
	int i, n, polled;
	uint32_t r;

	if (!e)
		return -EBADF;
	if (e->ops != &ep_ops || max <= 0)
		return -EINVAL;
	ep = e->priv;
	for (;;) {
		since = _vfscore_wait_begin();
		polled = n = 0;
		ep_prune(ep);
		for (i = 0; i < ep->n && n < max; i++) {
			r = item_ready(&ep->items[i], 1, &polled);
			if (r) {
				evs[n].events = r;
				evs[n].data = ep->items[i].data;
				n++;
			}
		}
		if (n || !timeout_ms)
			return n;
		if (_vfscore_wait(since, deadline, polled) == -ETIMEDOUT)
			return 0;
	}
}

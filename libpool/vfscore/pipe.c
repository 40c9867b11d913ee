/* Pipes: a ring in memory between a read end and a write end. There are no
 * threads to wait for yet, so an empty pipe with a writer reads -EAGAIN
 * and a full one writes what fits (-EAGAIN if nothing does), as with
 * O_NONBLOCK; with no writer left an empty pipe reads 0 (end of file),
 * with no reader left a write is -EPIPE (no signal). */
#include "vfs_impl.h"
#include <uk/alloc.h>
#include <string.h>

#define RING 4096

struct pipe {
	unsigned int head;	/* index of the oldest byte */
	unsigned int len;	/* bytes waiting */
	unsigned int readers, writers;
	struct _vfscore_file *end[2];	/* read and write ends (polling) */
	uint64_t ino;
	char ring[RING];
};

static long p_read(struct _vfscore_file *f, void *buf, size_t len)
{
	struct pipe *p = f->priv;
	size_t n, done = 0;

	if (!p->len)
		return p->writers ? -EAGAIN : 0;
	while (done < len && p->len) {
		n = RING - p->head;
		if (n > p->len)
			n = p->len;
		if (n > len - done)
			n = len - done;
		memcpy((char *)buf + done, p->ring + p->head, n);
		p->head = (p->head + n) % RING;
		p->len -= n;
		done += n;
	}
	vfscore_file_notify(p->end[1]);	/* room for the writer */
	return done;
}

static long p_write(struct _vfscore_file *f, const void *buf, size_t len)
{
	struct pipe *p = f->priv;
	size_t n, tail, done = 0;

	if (!p->readers)
		return -EPIPE;
	if (len && p->len == RING)
		return -EAGAIN;
	while (done < len && p->len < RING) {
		tail = (p->head + p->len) % RING;
		n = (tail >= p->head ? RING : p->head) - tail;
		if (n > len - done)
			n = len - done;
		memcpy(p->ring + tail, (const char *)buf + done, n);
		p->len += n;
		done += n;
	}
	vfscore_file_notify(p->end[0]);	/* data for the reader */
	return done;
}

static unsigned int p_poll(struct vfscore_file *f)
{
	struct pipe *p = f->priv;

	if ((f->flags & VFSCORE_O_ACCMODE) == VFSCORE_O_RDONLY)
		return (p->len ? VFSCORE_POLLIN | VFSCORE_POLLRDNORM : 0) |
		       (p->writers ? 0 : VFSCORE_POLLHUP);
	if (!p->readers)
		return VFSCORE_POLLERR;
	return p->len < RING ? VFSCORE_POLLOUT | VFSCORE_POLLWRNORM : 0;
}

static int p_ioctl(struct vfscore_file *f, unsigned long req, void *arg)
{
	struct pipe *p = f->priv;

	if (req == VFSCORE_FIONBIO)
		return 0;
	if (req != VFSCORE_FIONREAD)
		return -ENOTTY;
	*(int *)arg = p->len;
	return 0;
}

static int p_stat(struct _vfscore_file *f, struct vfscore_stat *st)
{
	struct pipe *p = f->priv;

	*st = (struct vfscore_stat){ .ino = p->ino,
				     .mode = VFSCORE_S_IFIFO | 0600,
				     .nlink = 1, .size = p->len,
				     .blksize = RING };
	return 0;
}

static void p_release(struct _vfscore_file *f)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct pipe *p = f->priv;

	int rd = (f->flags & VFSCORE_O_ACCMODE) == VFSCORE_O_RDONLY;

	if (rd)
		p->readers--;
	else
		p->writers--;
	p->end[!rd] = NULL;
	if (!p->readers && !p->writers)
		uk_free(a, p);
	else	/* the other end sees HUP or ERR */
		vfscore_file_notify(p->end[rd]);
	uk_free(a, f);
}

static const struct _vfscore_fops pipe_ops = {
	.read = p_read, .write = p_write, .stat = p_stat,
	.release = p_release, .poll = p_poll, .ioctl = p_ioctl,
};

int vfscore_pipe(int fds[2])
{
	static uint64_t ino;
	struct uk_alloc *a = uk_alloc_get_default();
	struct _vfscore_file *rf, *wf;
	struct pipe *p;
	int r;

	p = a ? uk_calloc(a, 1, sizeof(*p)) : NULL;
	if (!p)
		return -ENOMEM;
	p->ino = ++ino;
	rf = _vfscore_file_new(&pipe_ops, VFSCORE_O_RDONLY, p);
	wf = _vfscore_file_new(&pipe_ops, VFSCORE_O_WRONLY, p);
	if (!rf || !wf) {
		if (rf)
			uk_free(a, rf);
		if (wf)
			uk_free(a, wf);
		uk_free(a, p);
		return -ENOMEM;
	}
	p->readers = p->writers = 1;
	p->end[0] = rf;
	p->end[1] = wf;
	r = _vfscore_fd_new(rf);
	if (r < 0) {
		p->writers = 0;	/* rf's release dropped the reader */
		uk_free(a, wf);
		uk_free(a, p);
		return r;
	}
	fds[0] = r;
	r = _vfscore_fd_new(wf);
	if (r < 0) {
		vfscore_close(fds[0]);	/* frees p */
		return r;
	}
	fds[1] = r;
	return 0;
}

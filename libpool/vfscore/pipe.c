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
	return done;
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

	if ((f->flags & VFSCORE_O_ACCMODE) == VFSCORE_O_RDONLY)
		p->readers--;
	else
		p->writers--;
	if (!p->readers && !p->writers)
		uk_free(a, p);
	uk_free(a, f);
}

static const struct _vfscore_fops pipe_ops = {
	.read = p_read, .write = p_write, .stat = p_stat,
	.release = p_release,
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

/* Memory streams: fmemopen (a buffer of the caller's, or one of ours)
 * and open_memstream (a buffer that grows, its address and size told to
 * the caller). Each is an fd of its own kind (vfscore's fd-kind API,
 * <uk/vfs_file.h>) under an ordinary buffered stream, so stdio needs no
 * special case: the caller's buffer sees the bytes when the stream is
 * flushed or closed, as POSIX says. */
#include "stdio_impl.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <uk/alloc.h>
#include <uk/vfs_file.h>

struct mem {
	char *buf;
	size_t cap;		/* room at buf */
	size_t len;		/* the stream's size */
	int own;		/* buf is ours to free (fmemopen(NULL, ...)) */
	char **bufp;		/* open_memstream: where to tell the caller */
	size_t *sizep;
};

static long mem_read(struct vfscore_file *f, void *p, size_t n)
{
	struct mem *m = f->priv;

	if ((uint64_t)f->off >= m->len)
		return 0;
	if (n > m->len - f->off)
		n = m->len - f->off;
	memcpy(p, m->buf + f->off, n);
	f->off += n;
	return n;
}

/* open_memstream: room for @need bytes and a NUL. */
static int grow(struct mem *m, size_t need)
{
	size_t cap = m->cap;
	char *b;

	if (need < cap)
		return 0;
	while (cap <= need)
		cap = cap * 2 + 64;
	b = realloc(m->buf, cap);
	if (!b)
		return -ENOMEM;
	memset(b + m->cap, 0, cap - m->cap);
	m->buf = b;
	m->cap = cap;
	return 0;
}

static long mem_write(struct vfscore_file *f, const void *p, size_t n)
{
	struct mem *m = f->priv;
	size_t off = f->flags & VFSCORE_O_APPEND ? m->len : (size_t)f->off;

	if (m->bufp) {
		if (grow(m, off + n))
			return -ENOMEM;
	} else if (off >= m->cap) {
		return n ? -ENOSPC : 0;
	} else if (n > m->cap - off) {
		n = m->cap - off;
	}
	memcpy(m->buf + off, p, n);
	f->off = off + n;
	if (f->off > (int64_t)m->len) {
		m->len = f->off;
		/* text streams end with a NUL where there is room */
		if (m->len < m->cap)
			m->buf[m->len] = 0;
	}
	if (m->bufp) {
		*m->bufp = m->buf;
		*m->sizep = m->len < (size_t)f->off ? m->len : (size_t)f->off;
	}
	return n;
}

static int64_t mem_seek(struct vfscore_file *f, int64_t off, int whence)
{
	struct mem *m = f->priv;
	int64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? f->off :
		       whence == SEEK_END ? (int64_t)m->len : -1;

	if (base < 0 || base + off < 0 ||
	    (!m->bufp && (uint64_t)(base + off) > m->cap))
		return -EINVAL;
	f->off = base + off;
	if (m->bufp)
		*m->sizep = m->len < (size_t)f->off ? m->len : (size_t)f->off;
	return f->off;
}

static int mem_stat(struct vfscore_file *f, struct vfscore_stat *st)
{
	struct mem *m = f->priv;

	*st = (struct vfscore_stat){ .mode = VFSCORE_S_IFREG | 0600,
				     .nlink = 1, .size = m->len,
				     .blksize = 4096 };
	return 0;
}

static void mem_release(struct vfscore_file *f)
{
	struct mem *m = f->priv;

	if (m->own)
		free(m->buf);
	free(m);
	uk_free(uk_alloc_get_default(), f);
}

static const struct vfscore_fops mem_ops = {
	.read = mem_read, .write = mem_write, .seek = mem_seek,
	.stat = mem_stat, .release = mem_release,
};

/* A stream on @m opened with @mode's flags; @m is freed on failure. */
static FILE *mem_stream(struct mem *m, int flags, int64_t off)
{
	struct vfscore_file *f = vfscore_file_new(&mem_ops, flags, m);
	FILE *s;
	int fd;

	if (!f) {
		if (m->own)
			free(m->buf);
		free(m);
		errno = ENOMEM;
		return NULL;
	}
	f->off = off;
	fd = vfscore_fd_new(f);		/* releases f (and m) on failure */
	if (fd < 0) {
		errno = -fd;
		return NULL;
	}
	s = _nolibc_fnew(fd, flags);
	if (!s)
		close(fd);
	return s;
}

FILE *fmemopen(void *buf, size_t size, const char *mode)
{
	int flags = _nolibc_fmode(mode), own = !buf;
	struct mem *m;

	if (flags < 0)
		return NULL;
	if (!size) {
		errno = EINVAL;
		return NULL;
	}
	m = calloc(1, sizeof(*m));
	if (own && m)
		buf = calloc(1, size);
	if (!m || !buf) {
		free(m);
		errno = ENOMEM;
		return NULL;
	}
	*m = (struct mem){ .buf = buf, .cap = size, .own = own };
	if (*mode == 'w')
		m->buf[0] = 0;
	else
		m->len = *mode == 'a' ? strnlen(buf, size) : size;
	return mem_stream(m, flags & ~(O_CREAT | O_TRUNC),
			  *mode == 'a' ? (int64_t)m->len : 0);
}

FILE *open_memstream(char **bufp, size_t *sizep)
{
	struct mem *m = calloc(1, sizeof(*m));

	if (!m || grow(m, 0)) {
		free(m);
		errno = ENOMEM;
		return NULL;
	}
	m->bufp = bufp;
	m->sizep = sizep;
	*bufp = m->buf;
	*sizep = 0;
	return mem_stream(m, O_RDWR, 0);
}

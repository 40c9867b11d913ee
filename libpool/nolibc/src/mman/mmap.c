/* Memory mappings without an MMU to remap: heap memory, page-aligned,
 * filled from the file (MAP_PRIVATE, or MAP_SHARED read-only: a copy) or
 * zeroed (MAP_ANONYMOUS). A file mapping keeps a dup of its fd (to grow
 * with mremap); a writable MAP_SHARED one writes its bytes back at
 * msync() and munmap(). The list of
 * mappings is what munmap, mremap and msync look up. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096UL

struct map {
	struct map *next;
	char *addr;
	size_t len;		/* bytes asked for */
	size_t cap;		/* bytes allocated (pages) */
	int fd;			/* the file (a dup), or -1 */
	int wb;			/* MAP_SHARED | PROT_WRITE: write back */
	off_t off;
};

static struct map *maps;

static struct map **find(void *addr)
{
	struct map **m;

	for (m = &maps; *m; m = &(*m)->next)
		if ((*m)->addr == addr)
			break;
	return m;
}

/* Reads [off, off + len) of @fd into @p (zeros past its end). */
static int fill(int fd, char *p, size_t len, off_t off)
{
	ssize_t r;

	while (len) {
		r = pread(fd, p, len, off);
		if (r < 0)
			return -1;
		if (!r)
			break;
		p += r;
		len -= r;
		off += r;
	}
	return 0;
}

static int writeback(struct map *m, size_t from, size_t len)
{
	if (!m->wb)
		return 0;
	if (from + len > m->len)
		len = m->len - from;
	return pwrite(m->fd, m->addr + from, len, m->off + from) < 0 ? -1 : 0;
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	size_t cap = (len + PAGE - 1) & ~(PAGE - 1);
	struct map *m;

	(void)addr;
	if (!len || off % PAGE || !(flags & (MAP_SHARED | MAP_PRIVATE))) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	if (flags & MAP_FIXED) {
		errno = ENOMEM;		/* addresses are the allocator's */
		return MAP_FAILED;
	}
	m = calloc(1, sizeof(*m));
	if (!m || !(m->addr = aligned_alloc(PAGE, cap))) {
		free(m);
		errno = ENOMEM;
		return MAP_FAILED;
	}
	memset(m->addr, 0, cap);
	*m = (struct map){ maps, m->addr, len, cap, -1,
			   flags & MAP_SHARED && prot & PROT_WRITE, off };
	if (!(flags & MAP_ANONYMOUS)) {
		if (fill(fd, m->addr, len, off) < 0 || (m->fd = dup(fd)) < 0) {
			free(m->addr);
			free(m);
			return MAP_FAILED;
		}
	}
	maps = m;
	return m->addr;
}

int munmap(void *addr, size_t len)
{
	struct map **mp = find(addr), *m = *mp;
	int r;

	(void)len;
	if ((unsigned long)addr % PAGE) {
		errno = EINVAL;
		return -1;
	}
	if (!m)			/* nothing mapped there: fine, as Linux */
		return 0;
	r = writeback(m, 0, m->len);
	if (m->fd >= 0)
		close(m->fd);
	*mp = m->next;
	free(m->addr);
	free(m);
	return r;
}

int msync(void *addr, size_t len, int flags)
{
	struct map *m;

	(void)flags;
	for (m = maps; m; m = m->next)
		if ((char *)addr >= m->addr && (char *)addr < m->addr + m->cap)
			return writeback(m, (char *)addr - m->addr, len);
	errno = ENOMEM;
	return -1;
}

void *mremap(void *old, size_t oldlen, size_t newlen, int flags, ...)
{
	struct map *m = *find(old);
	size_t cap = (newlen + PAGE - 1) & ~(PAGE - 1);
	char *p;

	(void)oldlen;
	if (!m || !newlen) {
		errno = m ? EINVAL : EFAULT;
		return MAP_FAILED;
	}
	if (cap > m->cap) {
		if (!(flags & MREMAP_MAYMOVE) ||
		    !(p = aligned_alloc(PAGE, cap))) {
			errno = ENOMEM;
			return MAP_FAILED;
		}
		memcpy(p, m->addr, m->cap);
		memset(p + m->cap, 0, cap - m->cap);
		free(m->addr);
		m->addr = p;
		m->cap = cap;
	}
	/* a file mapping that grows shows the file's further bytes */
	if (newlen > m->len && m->fd >= 0)
		fill(m->fd, m->addr + m->len, newlen - m->len, m->off + m->len);
	m->len = newlen;
	return m->addr;
}

int mprotect(void *addr, size_t len, int prot)
{
	(void)addr, (void)len, (void)prot;
	return 0;
}

int madvise(void *addr, size_t len, int advice)
{
	(void)addr, (void)len, (void)advice;
	return 0;
}

int posix_madvise(void *addr, size_t len, int advice)
{
	(void)addr, (void)len, (void)advice;
	return 0;
}

int mlock(const void *addr, size_t len)
{
	(void)addr, (void)len;
	return 0;
}

int munlock(const void *addr, size_t len)
{
	(void)addr, (void)len;
	return 0;
}

/* Directory streams over vfscore's readdir, with glibc's struct dirent
 * (patches/0015). A stream reads one entry per call; its position counts
 * the entries read (vfscore's directory offset), so seekdir is an lseek
 * to that count. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fd.h"

struct __uk_dirstream {
	int fd;
	long pos;		/* entries read: telldir's value */
	struct dirent ent;	/* what readdir returns */
};

DIR *fdopendir(int fd)
{
	struct stat st;
	DIR *d;

	if (fstat(fd, &st) < 0)
		return NULL;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return NULL;
	}
	d = calloc(1, sizeof(*d));
	if (d)
		d->fd = fd;
	return d;
}

DIR *opendir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY);
	DIR *d;

	if (fd < 0)
		return NULL;
	d = fdopendir(fd);
	if (!d)
		close(fd);
	return d;
}

int closedir(DIR *d)
{
	int r = close(d->fd);

	free(d);
	return r;
}

int dirfd(DIR *d)
{
	return d->fd;
}

/* The next entry into e: 1, 0 at the end, or -errno. */
static int next(DIR *d, struct dirent *e)
{
	struct vfscore_dirent v;
	int r = vfscore_readdir(d->fd, &v);

	if (r <= 0)
		return r;
	d->pos++;
	memset(e, 0, offsetof(struct dirent, d_name));
	e->d_ino = v.ino;
	e->d_off = d->pos;
	e->d_reclen = sizeof(*e);
	/* DT_* is S_IF* >> 12 */
	e->d_type = (v.type & VFSCORE_S_IFMT) >> 12;
	memcpy(e->d_name, v.name, sizeof(e->d_name));
	return 1;
}

struct dirent *readdir(DIR *d)
{
	int r = next(d, &d->ent);

	if (r < 0)
		glue_ret(r);
	return r > 0 ? &d->ent : NULL;
}

int readdir_r(DIR *d, struct dirent *e, struct dirent **res)
{
	int r = next(d, e);

	*res = r > 0 ? e : NULL;
	return r < 0 ? -r : 0;
}

void seekdir(DIR *d, long pos)
{
	if (lseek(d->fd, pos, SEEK_SET) >= 0)
		d->pos = pos;
}

void rewinddir(DIR *d)
{
	seekdir(d, 0);
}

long telldir(DIR *d)
{
	return d->pos;
}

int alphasort(const struct dirent **a, const struct dirent **b)
{
	return strcoll((*a)->d_name, (*b)->d_name);
}

static int (*scan_cmp)(const struct dirent **, const struct dirent **);

static int by_cmp(const void *a, const void *b)
{
	return scan_cmp((const struct dirent **)a, (const struct dirent **)b);
}

int scandir(const char *path, struct dirent ***list,
	    int (*keep)(const struct dirent *),
	    int (*cmp)(const struct dirent **, const struct dirent **))
{
	DIR *d = opendir(path);
	struct dirent *e, **v = NULL, **nv;
	size_t n = 0;

	if (!d)
		return -1;
	while ((e = readdir(d))) {
		if (keep && !keep(e))
			continue;
		nv = realloc(v, (n + 1) * sizeof(*v));
		if (!nv || !(nv[n] = malloc(sizeof(*e)))) {
			v = nv ? nv : v;
			while (n)
				free(v[--n]);
			free(v);
			closedir(d);
			errno = ENOMEM;
			return -1;
		}
		v = nv;
		memcpy(v[n++], e, sizeof(*e));
	}
	closedir(d);
	if (cmp) {
		scan_cmp = cmp;
		qsort(v, n, sizeof(*v), by_cmp);
	}
	*list = v;
	return (int)n;
}

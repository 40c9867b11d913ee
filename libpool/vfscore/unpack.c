/* vfscore_unpack (<uk/vfs.h>): a cpio "newc" archive into the file
 * system, read and checked to its end with ukcpio before anything is
 * created, so that a bad archive leaves the file system as it was. */
#include "vfs_impl.h"
#include <uk/cpio.h>

/* "/" + the entry's name: the path walk skips "./" and repeated '/'. */
static char path[UKCPIO_PATH_MAX + 2];
/* A link's target, NUL-terminated. */
static char target[UKCPIO_PATH_MAX + 1];

static int mkparents(char *p)
{
	char *s;
	int r;

	for (s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		r = vfscore_mkdir(p, 0755);
		*s = '/';
		if (r < 0 && r != -EEXIST)
			return r;
	}
	return 0;
}

static int make_dir(char *p, unsigned int perm)
{
	int r = vfscore_mkdir(p, perm);

	if (r == -ENOENT && !mkparents(p))
		r = vfscore_mkdir(p, perm);
	return r == -EEXIST ? 0 : r;
}

static int make_file(char *p, const struct ukcpio_entry *e)
{
	const int flags = VFSCORE_O_WRONLY | VFSCORE_O_CREAT | VFSCORE_O_TRUNC;
	const char *d = e->data;
	size_t left = e->size;
	long n;
	int fd, r = 0;

	fd = vfscore_open(p, flags, e->perm);
	if (fd == -ENOENT && !mkparents(p))
		fd = vfscore_open(p, flags, e->perm);
	if (fd < 0)
		return fd;
	for (; left; left -= n, d += n) {
		n = vfscore_write(fd, d, left);
		if (n <= 0) {
			r = n ? (int)n : -ENOSPC;
			break;
		}
	}
	vfscore_close(fd);
	return r;
}

/* A link replaces what has its name, unless that is a directory. */
static int make_link(char *p, const struct ukcpio_entry *e)
{
	int r;

	__builtin_memcpy(target, e->data, e->size);
	target[e->size] = '\0';
	r = vfscore_symlinkat(target, VFSCORE_AT_FDCWD, p);
	if (r == -ENOENT && !mkparents(p))
		r = vfscore_symlinkat(target, VFSCORE_AT_FDCWD, p);
	if (r == -EEXIST && !(r = vfscore_unlinkat(VFSCORE_AT_FDCWD, p, 0)))
		r = vfscore_symlinkat(target, VFSCORE_AT_FDCWD, p);
	return r;
}

static const char *why(int r)
{
	switch (r) {
	case -ENOSPC:
	case -ENOMEM:	return "out of memory";
	case -ENOTDIR:	return "a path component is a file";
	case -EISDIR:	return "a file where a directory exists";
	}
	return "cannot create it";
}

int vfscore_unpack(const void *archive, size_t len,
		   struct vfscore_unpack_error *err)
{
	struct ukcpio_reader rd;
	struct ukcpio_entry e;
	int n, r = 0;

	ukcpio_init(&rd, archive, len);
	while ((n = ukcpio_next(&rd, &e)) == 1)
		;
	if (n < 0) {
		*err = (struct vfscore_unpack_error){
			rd.off, rd.name, ukcpio_strerror(rd.err) };
		return n;
	}
	ukcpio_init(&rd, archive, len);
	while (err->off = rd.off, ukcpio_next(&rd, &e) == 1) {
		path[0] = '/';
		__builtin_memcpy(path + 1, e.name, e.namelen + 1);
		r = e.type == UKCPIO_DIR ? make_dir(path, e.perm) :
		    e.type == UKCPIO_SYMLINK ? make_link(path, &e)
					     : make_file(path, &e);
		if (r < 0) {
			err->name = e.name;
			err->why = why(r);
			return r == -ENOMEM ? -ENOSPC : r;
		}
	}
	return 0;
}

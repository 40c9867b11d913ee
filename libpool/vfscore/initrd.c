/* Files at boot: right after the root is mounted, the boot archives are
 * unpacked into it: first the one linked into the image (uklink --embed
 * DIR: __uk_embed_start/__uk_embed_end), then the one the platform was
 * handed (<uk/plat/initrd.h>), whose files replace the embedded ones.
 *
 * Each archive is read to its end and checked (ukcpio) before anything is
 * created from it: a bad archive stops the boot, with a message naming
 * the archive, the entry and what is wrong, before the program runs;
 * it never sees a half-filled file system. Both sources are weak
 * references: an image with neither has nothing to unpack. */
#include "vfs_impl.h"
#include <uk/cpio.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/initrd.h>

/* A platform without an initrd has no definition (the contract says so). */
extern int ukplat_initrd(const void **base, size_t *len)
	__attribute__((weak));

/* The status a boot stopped by a bad archive ends with. */
#define INITRD_FAIL_STATUS	1

extern const char __uk_embed_start[] __attribute__((weak));
extern const char __uk_embed_end[] __attribute__((weak));

/* "/" + the entry's name: vfscore's walk skips "./" and repeated '/'. */
static char path[UKCPIO_PATH_MAX + 2];

/* "initrd: error: [embedded archive: ]byte OFF[ (NAME)]: WHY; ..." */
static void __attribute__((noreturn))
stop(const char *what, size_t off, const char *name, const char *why)
{
	uk_printk("initrd: error: %s%sbyte %lu%s%s%s: %s; the boot stops\n",
		  what ? what : "", what ? ": " : "", (unsigned long)off,
		  name ? " (" : "", name ? name : "", name ? ")" : "", why);
	ukplat_terminate(INITRD_FAIL_STATUS);
}

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

static void create(const char *what, size_t off, const struct ukcpio_entry *e)
{
	int r;

	path[0] = '/';
	__builtin_memcpy(path + 1, e->name, e->namelen + 1);
	r = e->type == UKCPIO_DIR ? make_dir(path, e->perm)
				  : make_file(path, e);
	if (r == -ENOSPC || r == -ENOMEM)
		stop(what, off, e->name, "out of memory");
	if (r < 0)
		stop(what, off, e->name, r == -ENOTDIR ?
		     "a path component is a file" : r == -EISDIR ?
		     "a file where the archive has a directory" :
		     "cannot create it");
}

static void unpack(const char *what, const void *buf, size_t len)
{
	struct ukcpio_reader r;
	struct ukcpio_entry e;
	size_t off;
	int n;

	ukcpio_init(&r, buf, len);
	while ((n = ukcpio_next(&r, &e)) == 1)
		;
	if (n < 0)
		stop(what, r.off, r.name, ukcpio_strerror(r.err));
	ukcpio_init(&r, buf, len);
	while (off = r.off, ukcpio_next(&r, &e) == 1)
		create(what, off, &e);
}

int _vfscore_initrd(void)
{
	const void *base;
	size_t len;
	int r;

	if (__uk_embed_start && __uk_embed_end > __uk_embed_start)
		unpack("embedded archive", __uk_embed_start,
		       __uk_embed_end - __uk_embed_start);
	if (!ukplat_initrd)
		return 0;
	r = ukplat_initrd(&base, &len);
	if (r < 0) {
		uk_printk("initrd: error: cannot read the initrd (error %d); the boot stops\n",
			  -r);
		ukplat_terminate(INITRD_FAIL_STATUS);
	}
	if (len)
		unpack(NULL, base, len);
	return 0;
}

/* Host test of vfscore's path walk (namei.c) over a fake tree / a/ a/f
 * with links /l -> a, /abs -> /a/f, /loop -> loop, /a/up -> ..:
 *   gcc -I ../.. -I ../../include -I PLAT/common/include walk_cases.c
 *       ../../namei.c
 * (tests/test_vfs.py runs it). Prints SUCCESS, or a FAIL line per case. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vfs_impl.h"

static const struct vfscore_vnops ops;
static struct vfscore_vnode root = { &ops, 1, VFSCORE_S_IFDIR, 1 };
static struct vfscore_vnode a = { &ops, 2, VFSCORE_S_IFDIR, 1 };
static struct vfscore_vnode f = { &ops, 3, VFSCORE_S_IFREG, 1 };
static struct vfscore_vnode l = { &ops, 4, VFSCORE_S_IFLNK, 1 };
static struct vfscore_vnode abs_ = { &ops, 5, VFSCORE_S_IFLNK, 1 };
static struct vfscore_vnode loop = { &ops, 6, VFSCORE_S_IFLNK, 1 };
static struct vfscore_vnode up = { &ops, 7, VFSCORE_S_IFLNK, 1 };

/* What namei.c takes from the rest of vfscore. */
const struct _vfscore_fops _vfscore_vn_fops;

struct _vfscore_file *_vfscore_fd_get(int fd)
{
	(void)fd;
	return NULL;
}

char *_vfscore_link_read(struct vfscore_vnode *lnk)
{
	return strdup(lnk == &l ? "a" : lnk == &abs_ ? "/a/f" :
		      lnk == &loop ? "loop" : "..");
}

void _vfscore_link_free(char *target)
{
	free(target);
}

static int lookup(struct vfscore_vnode *dir, const char *name, size_t len,
		  struct vfscore_vnode **out)
{
	if (len == 2 && !memcmp(name, "..", 2))
		*out = dir == &f ? NULL : &root;
	else if (dir == &root && len == 1 && name[0] == 'a')
		*out = &a;
	else if (dir == &root && len == 1 && name[0] == 'l')
		*out = &l;
	else if (dir == &root && len == 3 && !memcmp(name, "abs", 3))
		*out = &abs_;
	else if (dir == &root && len == 4 && !memcmp(name, "loop", 4))
		*out = &loop;
	else if (dir == &a && len == 2 && !memcmp(name, "up", 2))
		*out = &up;
	else if (dir == &a && len == 1 && name[0] == 'f')
		*out = &f;
	else
		return -ENOENT;
	return 0;
}

static const struct vfscore_vnops ops = { .lookup = lookup };
static int fails;

/* Walk @path: expect @r, and for 0 the directory @dir, last @name, @slash. */
static void walk(const char *path, int r, struct vfscore_vnode *dir,
		 const char *name, int slash)
{
	struct _vfscore_last l;
	int got = _vfscore_walk(path, &l);

	if (got != r || (!r && (l.dir != dir || l.slash != slash ||
				l.len != strlen(name) ||
				memcmp(l.name, name, l.len)))) {
		printf("FAIL walk(\"%s\"): %d\n", path, got);
		fails++;
	}
}

static void lookup_path(const char *path, int r, struct vfscore_vnode *want)
{
	struct vfscore_vnode *vn = NULL;
	int got = _vfscore_lookup(path, &vn);


	if (got != r || (!r && vn != want)) {
		printf("FAIL lookup(\"%s\"): %d\n", path, got);
		fails++;
	}
}

int main(void)
{
	char longname[300];

	walk("/", -ENOENT, NULL, "", 0);	/* no root mounted yet */
	_vfscore_root = &root;
	walk("", -ENOENT, NULL, "", 0);
	walk("/", 0, &root, "", 0);
	walk("///", 0, &root, "", 0);
	walk(".", 0, &root, "", 0);
	walk("/a", 0, &root, "a", 0);
	walk("a/", 0, &root, "a", 1);
	walk("/a//f", 0, &a, "f", 0);
	walk("/./a/./f", 0, &a, "f", 0);
	walk("/a/..", 0, &a, "..", 0);
	walk("/../a/f", 0, &a, "f", 0);
	walk("/a/.", 0, &a, "", 0);
	walk("/x/f", -ENOENT, NULL, "", 0);
	walk("/a/f/g", -ENOTDIR, NULL, "", 0);
	memset(longname, 'n', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = 0;
	walk(longname, -ENAMETOOLONG, NULL, "", 0);
	lookup_path("/a/f", 0, &f);
	lookup_path("/a/f/", -ENOTDIR, NULL);
	lookup_path("/a/", 0, &a);
	lookup_path("/a/../a/f", 0, &f);
	lookup_path("/a/g", -ENOENT, NULL);
	/* links: in the middle, at the end (followed), nested, absolute */
	walk("/l/f", 0, &a, "f", 0);
	lookup_path("/l/f", 0, &f);
	lookup_path("/l", 0, &a);
	lookup_path("/abs", 0, &f);
	lookup_path("/abs/", -ENOTDIR, NULL);
	lookup_path("/l/up/l/up/abs", 0, &f);
	lookup_path("/loop", -ELOOP, NULL);
	walk("/loop/x", -ELOOP, NULL, "", 0);
	/* relative paths start at the working directory */
	_vfscore_cwd = &a;
	lookup_path("f", 0, &f);
	lookup_path("../l/f", 0, &f);
	lookup_path("/a", 0, &a);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

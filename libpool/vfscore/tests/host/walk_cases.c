/* Host test of vfscore's path walk (namei.c) over a fake tree / a/ a/f:
 *   gcc -I ../.. -I ../../include walk_cases.c ../../namei.c
 * (tests/test_vfs.py runs it). Prints SUCCESS, or a FAIL line per case. */
#include <stdio.h>
#include <string.h>
#include "vfs_impl.h"

static const struct vfscore_vnops ops;
static struct vfscore_vnode root = { &ops, 1, VFSCORE_S_IFDIR, 1 };
static struct vfscore_vnode a = { &ops, 2, VFSCORE_S_IFDIR, 1 };
static struct vfscore_vnode f = { &ops, 3, VFSCORE_S_IFREG, 1 };

static int lookup(struct vfscore_vnode *dir, const char *name, size_t len,
		  struct vfscore_vnode **out)
{
	if (len == 2 && !memcmp(name, "..", 2))
		*out = dir == &f ? NULL : &root;
	else if (dir == &root && len == 1 && name[0] == 'a')
		*out = &a;
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
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

/* ramfs's nodes: a directory is a list of named entries in creation
 * order, a file (or a symbolic link: its target) one buffer that grows by
 * doubling. */
#include <uk/ramfs.h>
#include <uk/alloc.h>
#include <errno.h>
#include <string.h>

struct entry {
	struct entry *next;
	struct node *node;
	size_t len;
	char name[];
};

struct node {
	struct vfscore_vnode vn;	/* first: vfscore's view of it */
	struct node *parent;		/* directories */
	struct entry *entries;		/* directories */
	char *data;			/* files: vn.size bytes used */
	size_t cap;
};

#define _RAMFS_ISDIR(m) (((m) & VFSCORE_S_IFMT) == VFSCORE_S_IFDIR)

static const struct vfscore_vnops ops;

/* Non-NULL once ramfs_mount() has succeeded. */
static struct uk_alloc *heap(void)
{
	return uk_alloc_get_default();
}

static struct node *new_node(uint32_t mode, struct node *parent)
{
	static uint64_t ino;
	struct uk_alloc *a = heap();
	struct node *n = a ? uk_calloc(a, 1, sizeof(*n)) : NULL;

	if (n) {
		n->vn.ops = &ops;
		n->vn.ino = ++ino;
		n->vn.mode = mode;
		n->vn.nlink = 1;
		n->parent = parent;
	}
	return n;
}

static struct entry **find(struct node *dir, const char *name, size_t len)
{
	struct entry **e;

	for (e = &dir->entries; *e; e = &(*e)->next)
		if ((*e)->len == len && !memcmp((*e)->name, name, len))
			break;
	return e;
}

static int rf_lookup(struct vfscore_vnode *dir, const char *name, size_t len,
		     struct vfscore_vnode **out)
{
	struct node *d = (struct node *)dir;
	struct entry *e;

	if (len == 2 && name[0] == '.' && name[1] == '.') {
		*out = &(d->parent ? d->parent : d)->vn;
		return 0;
	}
	e = *find(d, name, len);
	if (!e)
		return -ENOENT;
	*out = &e->node->vn;
	return 0;
}

/* Appends the entry @name for @n to @dir: 0 or -ENOMEM. */
static int add_entry(struct node *dir, const char *name, size_t len,
		     struct node *n)
{
	struct entry *e = uk_malloc(heap(), sizeof(*e) + len), **tail;

	if (!e)
		return -ENOMEM;
	e->node = n;
	e->len = len;
	e->next = NULL;
	memcpy(e->name, name, len);
	for (tail = &dir->entries; *tail; tail = &(*tail)->next)
		;
	*tail = e;
	return 0;
}

/* Unlinks and frees the entry @name of @dir (it exists). */
static void del_entry(struct node *dir, const char *name, size_t len)
{
	struct entry **ep = find(dir, name, len), *e = *ep;

	*ep = e->next;
	uk_free(heap(), e);
}

static int rf_create(struct vfscore_vnode *dir, const char *name, size_t len,
		     uint32_t mode, struct vfscore_vnode **out)
{
	struct node *d = (struct node *)dir;
	struct node *n = new_node(mode, d);

	if (!n)
		return -ENOMEM;
	if (add_entry(d, name, len, n)) {
		uk_free(heap(), n);
		return -ENOMEM;
	}
	*out = &n->vn;
	return 0;
}

static int rf_link(struct vfscore_vnode *dir, const char *name, size_t len,
		   struct vfscore_vnode *vn)
{
	int r = add_entry((struct node *)dir, name, len, (struct node *)vn);

	if (r == 0)
		vn->nlink++;
	return r;
}

static int rf_rename(struct vfscore_vnode *odir, const char *oname,
		     size_t olen, struct vfscore_vnode *ndir,
		     const char *nname, size_t nlen, struct vfscore_vnode *vn)
{
	struct node *n = (struct node *)vn;
	int r = add_entry((struct node *)ndir, nname, nlen, n);

	if (r < 0)
		return r;
	del_entry((struct node *)odir, oname, olen);
	if (_RAMFS_ISDIR(vn->mode))
		n->parent = (struct node *)ndir;
	return 0;
}

static int rf_readdir(struct vfscore_vnode *dir, uint64_t pos,
		      struct vfscore_dirent *d)
{
	struct entry *e = ((struct node *)dir)->entries;

	for (; e && pos; pos--)
		e = e->next;
	if (!e)
		return 0;
	d->ino = e->node->vn.ino;
	d->type = e->node->vn.mode & VFSCORE_S_IFMT;
	memcpy(d->name, e->name, e->len);
	d->name[e->len] = 0;
	return 1;
}

static int rf_remove(struct vfscore_vnode *dir, const char *name, size_t len,
		     struct vfscore_vnode *vn)
{
	struct node *n = (struct node *)vn;

	if (n->entries)
		return -ENOTEMPTY;
	del_entry((struct node *)dir, name, len);
	vn->nlink--;
	return 0;
}

static long rf_read(struct vfscore_vnode *vn, void *buf, size_t len,
		    int64_t off)
{
	struct node *n = (struct node *)vn;

	if (off >= vn->size)
		return 0;
	if (len > (uint64_t)(vn->size - off))
		len = vn->size - off;
	memcpy(buf, n->data + off, len);
	return len;
}

/* Makes room for @size bytes; new bytes read as zeros. */
static int reserve(struct node *n, uint64_t size)
{
	size_t cap = n->cap ? n->cap : 64;
	char *p;

	if (size <= n->cap)
		return 0;
	if (size > (uint64_t)__LONG_MAX__ / 2)
		return -EFBIG;
	while (cap < size)
		cap *= 2;
	p = uk_realloc(heap(), n->data, cap);
	if (!p)
		return -ENOSPC;
	memset(p + n->cap, 0, cap - n->cap);
	n->data = p;
	n->cap = cap;
	return 0;
}

static long rf_write(struct vfscore_vnode *vn, const void *buf, size_t len,
		     int64_t off)
{
	struct node *n = (struct node *)vn;
	int r = reserve(n, (uint64_t)off + len);

	if (r < 0)
		return r;
	memcpy(n->data + off, buf, len);
	if (off + (int64_t)len > vn->size)
		vn->size = off + len;
	return len;
}

static int rf_truncate(struct vfscore_vnode *vn, int64_t size)
{
	struct node *n = (struct node *)vn;
	int r = reserve(n, size);

	if (r < 0)
		return r;
	/* Bytes past a shrunk end must read as zeros if it grows again. */
	if (size < vn->size)
		memset(n->data + size, 0, vn->size - size);
	vn->size = size;
	return 0;
}

static void free_node(struct vfscore_vnode *vn)
{
	struct node *n = (struct node *)vn;

	uk_free(heap(), n->data);
	uk_free(heap(), n);
}

static const struct vfscore_vnops ops = {
	.lookup = rf_lookup, .create = rf_create, .remove = rf_remove,
	.read = rf_read, .write = rf_write, .truncate = rf_truncate,
	.free = free_node, .readdir = rf_readdir, .link = rf_link,
	.rename = rf_rename,
};

int ramfs_mount(struct vfscore_vnode **root)
{
	struct node *n = new_node(VFSCORE_S_IFDIR | 0755, NULL);

	if (!n)
		return -ENOMEM;
	*root = &n->vn;
	return 0;
}

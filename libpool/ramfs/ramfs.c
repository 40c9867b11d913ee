/* ramfs's nodes: a directory is a list of named entries, a file one
 * buffer that grows by doubling. */
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

static int rf_create(struct vfscore_vnode *dir, const char *name, size_t len,
		     uint32_t mode, struct vfscore_vnode **out)
{
	struct node *d = (struct node *)dir, *n;
	struct entry *e = uk_malloc(heap(), sizeof(*e) + len);

	if (!e)
		return -ENOMEM;
	n = new_node(mode, d);
	if (!n) {
		uk_free(heap(), e);
		return -ENOMEM;
	}
	e->node = n;
	e->len = len;
	memcpy(e->name, name, len);
	e->next = d->entries;
	d->entries = e;
	*out = &n->vn;
	return 0;
}

static int rf_remove(struct vfscore_vnode *dir, const char *name, size_t len,
		     struct vfscore_vnode *vn)
{
	struct node *n = (struct node *)vn;
	struct entry **ep = find((struct node *)dir, name, len), *e = *ep;

	if (n->entries)
		return -ENOTEMPTY;
	*ep = e->next;
	uk_free(heap(), e);
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
	.free = free_node,
};

int ramfs_mount(struct vfscore_vnode **root)
{
	struct node *n = new_node(VFSCORE_S_IFDIR | 0755, NULL);

	if (!n)
		return -ENOMEM;
	*root = &n->vn;
	return 0;
}

/* Binary search trees (POSIX tsearch & co.): unbalanced, as the
 * interface allows; a node starts with the key pointer, as programs that
 * read *(void **)node expect. */
#include <search.h>
#include <stdlib.h>

struct node {
	const void *key;
	struct node *left, *right;
};

/* The link that points, or would point, at @key's node. */
static struct node **find(const void *key, struct node **root,
			  int (*cmp)(const void *, const void *))
{
	int c;

	while (*root && (c = cmp(key, (*root)->key)))
		root = c < 0 ? &(*root)->left : &(*root)->right;
	return root;
}

void *tfind(const void *key, void *const *root,
	    int (*cmp)(const void *, const void *))
{
	return root ? *find(key, (struct node **)root, cmp) : NULL;
}

void *tsearch(const void *key, void **root,
	      int (*cmp)(const void *, const void *))
{
	struct node **l;

	if (!root)
		return NULL;
	l = find(key, (struct node **)root, cmp);
	if (!*l && (*l = calloc(1, sizeof(**l))))
		(*l)->key = key;
	return *l;
}

/* Returns the parent of the deleted node (or an unspecified non-NULL
 * pointer when it was the root), NULL if @key is not there. */
void *tdelete(const void *key, void **root,
	      int (*cmp)(const void *, const void *))
{
	struct node **l, *n, **m, *parent = (struct node *)root;
	int c;

	if (!root)
		return NULL;
	for (l = (struct node **)root; *l && (c = cmp(key, (*l)->key));
	     l = c < 0 ? &(*l)->left : &(*l)->right)
		parent = *l;
	n = *l;
	if (!n)
		return NULL;
	if (!n->left) {
		*l = n->right;
	} else if (!n->right) {
		*l = n->left;
	} else {	/* the largest on the left takes n's place */
		for (m = &n->left; (*m)->right; m = &(*m)->right)
			;
		*l = *m;
		*m = (*m)->left;
		(*l)->left = n->left;
		(*l)->right = n->right;
	}
	free(n);
	return parent;
}

static void walk(const struct node *n, void (*fn)(const void *, VISIT, int),
		 int depth)
{
	if (!n->left && !n->right) {
		fn(n, leaf, depth);
		return;
	}
	fn(n, preorder, depth);
	if (n->left)
		walk(n->left, fn, depth + 1);
	fn(n, postorder, depth);
	if (n->right)
		walk(n->right, fn, depth + 1);
	fn(n, endorder, depth);
}

void twalk(const void *root, void (*fn)(const void *, VISIT, int))
{
	if (root)
		walk(root, fn, 0);
}

void tdestroy(void *root, void (*freekey)(void *))
{
	struct node *n = root;

	if (!n)
		return;
	tdestroy(n->left, freekey);
	tdestroy(n->right, freekey);
	if (freekey)
		freekey((void *)n->key);
	free(n);
}

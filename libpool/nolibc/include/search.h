/* Searching (POSIX): linear (lfind, lsearch) and binary trees (tsearch
 * & co.; nodes start with the key pointer). */
#ifndef _SEARCH_H
#define _SEARCH_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum { preorder, postorder, endorder, leaf } VISIT;

void *lfind(const void *key, const void *base, size_t *n, size_t size,
	    int (*cmp)(const void *, const void *));
void *lsearch(const void *key, void *base, size_t *n, size_t size,
	      int (*cmp)(const void *, const void *));
void *tsearch(const void *key, void **root,
	      int (*cmp)(const void *, const void *));
void *tfind(const void *key, void *const *root,
	    int (*cmp)(const void *, const void *));
void *tdelete(const void *key, void **root,
	      int (*cmp)(const void *, const void *));
void twalk(const void *root, void (*fn)(const void *node, VISIT v, int depth));
void tdestroy(void *root, void (*freekey)(void *key));

#ifdef __cplusplus
}
#endif

#endif

/* glibc's <malloc.h>, the part programs use: the allocator is stdlib's. */
#ifndef _MALLOC_H
#define _MALLOC_H

#include <stdlib.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The bytes usable at @p (at least what was asked for; 0 for NULL). */
size_t malloc_usable_size(void *p);
void *memalign(size_t align, size_t size);

#ifdef __cplusplus
}
#endif

#endif

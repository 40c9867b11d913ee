/* Allocator backends: the contract between ukalloc and the library that
 * implements an allocator. */
#ifndef __UK_ALLOC_IMPL_H__
#define __UK_ALLOC_IMPL_H__

#include <uk/alloc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Adds @a to the registered allocators; the first one registered becomes
 * the default. Returns 0 (-EINVAL if @a is NULL). */
int uk_alloc_register(struct uk_alloc *a);

/* Implemented by the backend library (ukallocbuddy): builds an allocator
 * over the @len bytes at @base (page-aligned), keeping its own state in
 * that memory. Further regions are added with uk_alloc_addmem(). Returns
 * the allocator, or NULL if the region is too small. ukalloc's init
 * (level 2) calls it on the platform's first free memory region. */
struct uk_alloc *uk_alloc_backend_init(void *base, size_t len);

#ifdef __cplusplus
}
#endif

#endif

/* Memory mappings (POSIX), glibc's flag values. There is one address
 * space and no paging: a mapping is heap memory (page-aligned), zeroed
 * (MAP_ANONYMOUS) or filled from the file; MAP_SHARED with PROT_WRITE
 * writes its bytes back to the file at msync() and munmap() (another
 * mapping or read() of the file does not see them before). Protections
 * are not enforced. MAP_FIXED fails (ENOMEM): addresses are the
 * allocator's. docs/vfs.md. */
#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PROT_NONE	0
#define PROT_READ	1
#define PROT_WRITE	2
#define PROT_EXEC	4

#define MAP_SHARED	0x01
#define MAP_PRIVATE	0x02
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define MAP_ANON	MAP_ANONYMOUS
#define MAP_NORESERVE	0x4000
#define MAP_POPULATE	0x8000
#define MAP_FAILED	((void *)-1)

#define MS_ASYNC	1
#define MS_INVALIDATE	2
#define MS_SYNC		4

#define MREMAP_MAYMOVE	1

#define MADV_NORMAL	0
#define MADV_RANDOM	1
#define MADV_SEQUENTIAL	2
#define MADV_WILLNEED	3
#define MADV_DONTNEED	4
#define POSIX_MADV_NORMAL	0
#define POSIX_MADV_RANDOM	1
#define POSIX_MADV_SEQUENTIAL	2
#define POSIX_MADV_WILLNEED	3
#define POSIX_MADV_DONTNEED	4

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int munmap(void *addr, size_t len);
/* Resizes the mapping at @old (in place when it shrinks or has room,
 * else moved with MREMAP_MAYMOVE). */
void *mremap(void *old, size_t oldlen, size_t newlen, int flags, ...);
int msync(void *addr, size_t len, int flags);
/* Accepted, nothing changes: 0. */
int mprotect(void *addr, size_t len, int prot);
int madvise(void *addr, size_t len, int advice);
int posix_madvise(void *addr, size_t len, int advice);
int mlock(const void *addr, size_t len);
int munlock(const void *addr, size_t len);

#ifdef __cplusplus
}
#endif

#endif

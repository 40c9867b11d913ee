/* Filesystem figures (POSIX), with glibc's x86_64 struct statvfs. ramfs
 * lives in the heap: its blocks are the heap's pages, its free blocks
 * what the allocator has left (docs/vfs.md). */
#ifndef _SYS_STATVFS_H
#define _SYS_STATVFS_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned long fsblkcnt_t;
typedef unsigned long fsfilcnt_t;

struct statvfs {
	unsigned long f_bsize;
	unsigned long f_frsize;
	fsblkcnt_t f_blocks;
	fsblkcnt_t f_bfree;
	fsblkcnt_t f_bavail;
	fsfilcnt_t f_files;
	fsfilcnt_t f_ffree;
	fsfilcnt_t f_favail;
	unsigned long f_fsid;
	unsigned long f_flag;
	unsigned long f_namemax;
	int __f_spare[6];
};

#define ST_RDONLY	1
#define ST_NOSUID	2

int statvfs(const char *path, struct statvfs *st);
int fstatvfs(int fd, struct statvfs *st);

#ifdef __cplusplus
}
#endif

#endif

/* Linux's statfs, glibc's x86_64 struct statfs: the one filesystem
 * (ramfs, f_type RAMFS_MAGIC 0x858458f6). */
#ifndef _SYS_STATFS_H
#define _SYS_STATFS_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct statfs {
	long f_type;
	long f_bsize;
	unsigned long f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	struct { int __val[2]; } f_fsid;
	long f_namelen;
	long f_frsize;
	long f_flags;
	long f_spare[4];
};

int statfs(const char *path, struct statfs *st);
int fstatfs(int fd, struct statfs *st);

#ifdef __cplusplus
}
#endif

#endif

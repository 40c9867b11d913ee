/* File status, with the layout of Linux's x86_64 struct stat (glibc's), so
 * that objects compiled against glibc read the fields they expect. */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define S_IFMT		0170000
#define S_IFDIR		0040000
#define S_IFCHR		0020000
#define S_IFBLK		0060000
#define S_IFREG		0100000
#define S_IFIFO		0010000
#define S_IFLNK		0120000
#define S_IFSOCK	0140000

#define S_ISDIR(m)	(((m) & S_IFMT) == S_IFDIR)
#define S_ISCHR(m)	(((m) & S_IFMT) == S_IFCHR)
#define S_ISBLK(m)	(((m) & S_IFMT) == S_IFBLK)
#define S_ISREG(m)	(((m) & S_IFMT) == S_IFREG)
#define S_ISFIFO(m)	(((m) & S_IFMT) == S_IFIFO)
#define S_ISLNK(m)	(((m) & S_IFMT) == S_IFLNK)
#define S_ISSOCK(m)	(((m) & S_IFMT) == S_IFSOCK)

/* Times are seconds and nanoseconds side by side (the layout of three
 * struct timespec) and read 0: files keep no times yet. */
struct stat {
	dev_t st_dev;
	ino_t st_ino;
	nlink_t st_nlink;
	mode_t st_mode;
	uid_t st_uid;
	gid_t st_gid;
	int __pad0;
	dev_t st_rdev;
	off_t st_size;
	blksize_t st_blksize;
	blkcnt_t st_blocks;	/* 512-byte units */
	time_t st_atime;
	long st_atime_nsec;
	time_t st_mtime;
	long st_mtime_nsec;
	time_t st_ctime;
	long st_ctime_nsec;
	long __unused[3];
};

/* Describe the file @fd is open on / @path names: 0, or -1 with errno. */
int fstat(int fd, struct stat *st);
int stat(const char *path, struct stat *st);
/* lstat is stat: there are no symbolic links. */
int lstat(const char *path, struct stat *st);
/* Creates the directory @path: 0, or -1 with errno. */
int mkdir(const char *path, mode_t mode);

#ifdef __cplusplus
}
#endif

#endif

/* File status, with the layout of Linux's x86_64 struct stat (glibc's), so
 * that objects compiled against glibc read the fields they expect. */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <sys/types.h>
#include <time.h>

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

#define S_ISUID		04000
#define S_ISGID		02000
#define S_ISVTX		01000
#define S_IRWXU		0700
#define S_IRUSR		0400
#define S_IWUSR		0200
#define S_IXUSR		0100
#define S_IRWXG		070
#define S_IRGRP		040
#define S_IWGRP		020
#define S_IXGRP		010
#define S_IRWXO		07
#define S_IROTH		04
#define S_IWOTH		02
#define S_IXOTH		01

/* utimensat's special tv_nsec values. */
#define UTIME_NOW	((1l << 30) - 1l)
#define UTIME_OMIT	((1l << 30) - 2l)

/* Times are struct timespecs (glibc's st_atim...), with the old names
 * st_atime... for their seconds: 0 where the platform has no wall
 * clock. */
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
	struct timespec st_atim;
	struct timespec st_mtim;
	struct timespec st_ctim;
	long __unused[3];
};
#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

/* Describe the file @fd is open on / @path names: 0, or -1 with errno. */
int fstat(int fd, struct stat *st);
int stat(const char *path, struct stat *st);
/* stat, not following a last symbolic link. */
int lstat(const char *path, struct stat *st);
/* stat from @dirfd (AT_FDCWD, or an fd open on a directory); @flags
 * AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH. */
int fstatat(int dirfd, const char *path, struct stat *st, int flags);
/* Creates the directory @path: 0, or -1 with errno. */
int mkdir(const char *path, mode_t mode);
int mkdirat(int dirfd, const char *path, mode_t mode);
/* Permission bits and times (docs/vfs.md: kept, not enforced). */
int chmod(const char *path, mode_t mode);
int fchmod(int fd, mode_t mode);
int fchmodat(int dirfd, const char *path, mode_t mode, int flags);
/* @times: access then modification time, tv_nsec UTIME_NOW or UTIME_OMIT
 * allowed; NULL: both now. */
int utimensat(int dirfd, const char *path, const struct timespec times[2],
	      int flags);
int futimens(int fd, const struct timespec times[2]);
/* Sets the file-creation mask (initially 022); returns the old one. */
mode_t umask(mode_t mask);

#ifdef __cplusplus
}
#endif

#endif

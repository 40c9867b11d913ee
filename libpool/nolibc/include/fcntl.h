/* File control: open() and its flags, with Linux's values so that objects
 * compiled against glibc pass what we expect. */
#ifndef _FCNTL_H
#define _FCNTL_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define O_ACCMODE	03
#define O_RDONLY	00
#define O_WRONLY	01
#define O_RDWR		02
#define O_CREAT		0100
#define O_EXCL		0200
#define O_NOCTTY	0400
#define O_TRUNC		01000
#define O_APPEND	02000
#define O_NONBLOCK	04000
#define O_DSYNC		010000
#define O_SYNC		04010000
#define O_DIRECTORY	0200000
#define O_NOFOLLOW	0400000
#define O_CLOEXEC	02000000
#define O_LARGEFILE	0

/* The *at calls (Linux's values). */
#define AT_FDCWD		(-100)
#define AT_SYMLINK_NOFOLLOW	0x100
#define AT_REMOVEDIR		0x200
#define AT_EACCESS		0x200
#define AT_SYMLINK_FOLLOW	0x400
#define AT_EMPTY_PATH		0x1000

/* fcntl commands and flags (Linux's). */
#define F_DUPFD		0
#define F_GETFD		1
#define F_SETFD		2
#define F_GETFL		3
#define F_SETFL		4
#define F_GETLK		5
#define F_SETLK		6
#define F_SETLKW	7
#define F_DUPFD_CLOEXEC	1030
#define FD_CLOEXEC	1
#define F_RDLCK		0
#define F_WRLCK		1
#define F_UNLCK		2

/* A record lock (glibc's x86_64 layout). */
struct flock {
	short l_type;		/* F_RDLCK, F_WRLCK, F_UNLCK */
	short l_whence;
	off_t l_start;
	off_t l_len;		/* 0: to the end */
	pid_t l_pid;
};

#define POSIX_FADV_NORMAL	0
#define POSIX_FADV_SEQUENTIAL	2

/* Opens @path (docs/vfs.md: ramfs; relative paths start at /) with
 * @flags; O_CREAT takes the new file's permission bits as a third
 * argument. O_NOCTTY, O_NONBLOCK and O_CLOEXEC are accepted and change
 * nothing. Returns the lowest free fd, or -1 with errno set. */
int open(const char *path, int flags, ...);

/* open(@path, O_CREAT | O_WRONLY | O_TRUNC, @mode). */
int creat(const char *path, mode_t mode);
/* open() from the directory @dirfd is open on (AT_FDCWD: the working
 * directory). */
int openat(int dirfd, const char *path, int flags, ...);

/* F_DUPFD(_CLOEXEC) (lowest free fd >= arg), F_GETFD / F_SETFD
 * (FD_CLOEXEC: kept, meaningless without exec), F_GETFL / F_SETFL
 * (O_APPEND, O_NONBLOCK), and the record locks F_GETLK (always F_UNLCK:
 * no other process holds one), F_SETLK, F_SETLKW (always granted).
 * -1 with errno EBADF, EINVAL, EMFILE. */
int fcntl(int fd, int cmd, ...);
/* Advice: accepted and ignored (0). */
int posix_fadvise(int fd, off_t off, off_t len, int advice);
/* Makes sure [off, off+len) of @fd's file exists (grows it): 0 or an
 * errno value. */
int posix_fallocate(int fd, off_t off, off_t len);

#ifdef __cplusplus
}
#endif

#endif

/* POSIX symbolic constants and the few system calls nolibc offers. */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STDIN_FILENO	0
#define STDOUT_FILENO	1
#define STDERR_FILENO	2

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

/* File descriptors (docs/vfs.md). Without vfscore in the image (nothing
 * calls open, pipe, dup, ...), the only fds are the console's: 0 reads
 * it, 1 and 2 write it. Each call returns what its name says, or -1 with
 * errno set. */

/* Writes @len bytes of @buf to @fd; returns the count written. */
ssize_t write(int fd, const void *buf, size_t len);
/* Reads up to @len bytes into @buf: the count, 0 at end of file. Fd 0,
 * the console, waits until something arrives; it ends only where the
 * console's input does (linuxu: end of file on the process's fd 0). An
 * empty pipe with a writer fails with EAGAIN: there are no threads to
 * wait for. */
ssize_t read(int fd, void *buf, size_t len);
int close(int fd);
off_t lseek(int fd, off_t off, int whence);
int dup(int fd);
int dup2(int fd, int to);
/* @fds[0] reads what @fds[1] writes. */
int pipe(int fds[2]);
int unlink(const char *path);
int rmdir(const char *path);
/* unlink, or rmdir with AT_REMOVEDIR, from @dirfd. */
int unlinkat(int dirfd, const char *path, int flags);
/* 1 if @fd is the console, else 0 with errno set (ENOTTY, EBADF). */
int isatty(int fd);

/* Positioned I/O: the fd's offset does not move. */
ssize_t pread(int fd, void *buf, size_t len, off_t off);
ssize_t pwrite(int fd, const void *buf, size_t len, off_t off);
/* Files live in memory: nothing to write out (0, or EBADF). */
int fsync(int fd);
int fdatasync(int fd);
void sync(void);
/* Sets a regular file's size (follows links). */
int truncate(const char *path, off_t size);
int ftruncate(int fd, off_t size);

/* access() modes: existence, or read / write / execute permission. One
 * user, root: R_OK and W_OK always pass, X_OK needs an x bit. */
#define F_OK	0
#define X_OK	1
#define W_OK	2
#define R_OK	4
int access(const char *path, int mode);
int faccessat(int dirfd, const char *path, int mode, int flags);

/* Links (docs/vfs.md): hard links (not to directories), symbolic links
 * (any target text, followed when paths are walked), and reading one:
 * the target's bytes (no NUL), at most @len. */
int link(const char *old, const char *new_);
int linkat(int olddirfd, const char *old, int newdirfd, const char *new_,
	   int flags);
int symlink(const char *target, const char *path);
int symlinkat(const char *target, int dirfd, const char *path);
ssize_t readlink(const char *path, char *buf, size_t len);
ssize_t readlinkat(int dirfd, const char *path, char *buf, size_t len);

/* Owner: kept and reported by stat, not enforced (-1: unchanged). */
int chown(const char *path, uid_t uid, gid_t gid);
int lchown(const char *path, uid_t uid, gid_t gid);
int fchown(int fd, uid_t uid, gid_t gid);
int fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flags);

/* The working directory (initially /): where relative paths start. */
int chdir(const char *path);
int fchdir(int fd);
/* Its absolute path in @buf (@size bytes; glibc's extension: @buf NULL
 * allocates it, @size 0 then meaning "as large as needed"); NULL with
 * errno ERANGE if it does not fit. */
char *getcwd(char *buf, size_t size);

/* POSIX getopt (no GNU permutation): the next option letter of argv, '?'
 * for an unknown one or a missing argument (':' if @opts starts with ':'),
 * -1 at the first operand or after "--". */
int getopt(int argc, char *const argv[], const char *opts);
extern char *optarg;
extern int optind, opterr, optopt;

/* One identity, user and group 0: the get*id functions return 0; the
 * set*id functions accept 0 (and -1, "unchanged", for the pairs) and fail
 * with EPERM for any other id. */
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int setuid(uid_t uid);
int setgid(gid_t gid);
int setreuid(uid_t ruid, uid_t euid);
int setregid(gid_t rgid, gid_t egid);

/* Wait at least seconds / usec microseconds (nanosleep, time.h). sleep
 * returns 0, or seconds if the platform has no clock; usleep 0 or -1. */
unsigned int sleep(unsigned int seconds);
int usleep(useconds_t usec);

/* Stops the unikernel with @status at once: no atexit handlers, no stdio
 * flush. */
void _exit(int status) __attribute__((noreturn));

#ifdef __cplusplus
}
#endif

#endif

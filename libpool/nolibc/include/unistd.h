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
/* Reads up to @len bytes into @buf: the count, 0 at end of file (the
 * console: nothing has arrived). An empty pipe with a writer fails with
 * EAGAIN: there are no threads to wait for. */
ssize_t read(int fd, void *buf, size_t len);
int close(int fd);
off_t lseek(int fd, off_t off, int whence);
int dup(int fd);
int dup2(int fd, int to);
/* @fds[0] reads what @fds[1] writes. */
int pipe(int fds[2]);
int unlink(const char *path);
int rmdir(const char *path);
/* 1 if @fd is the console, else 0 with errno set (ENOTTY, EBADF). */
int isatty(int fd);

/* Stops the unikernel with @status at once: no atexit handlers, no stdio
 * flush. */
void _exit(int status) __attribute__((noreturn));

#ifdef __cplusplus
}
#endif

#endif

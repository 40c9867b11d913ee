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

/* Writes @len bytes of @buf to file descriptor @fd. Descriptors 1 and 2
 * are the platform console; others fail with EBADF. Returns the number of
 * bytes written, or -1 with errno set. */
ssize_t write(int fd, const void *buf, size_t len);
/* Reads up to @len bytes from file descriptor @fd: 0 is the console's
 * input (waits until something arrives); others fail with EBADF. */
ssize_t read(int fd, void *buf, size_t len);

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

/* Stops the unikernel with @status at once: no atexit handlers, no stdio
 * flush. */
void _exit(int status) __attribute__((noreturn));

#ifdef __cplusplus
}
#endif

#endif

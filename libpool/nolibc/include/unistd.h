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

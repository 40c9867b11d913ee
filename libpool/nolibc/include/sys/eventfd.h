/* eventfd (Linux): a 64-bit counter behind an fd, for wake-ups through
 * poll/select/epoll. glibc's names and flag values. */
#ifndef _SYS_EVENTFD_H
#define _SYS_EVENTFD_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint64_t eventfd_t;

#define EFD_SEMAPHORE	00000001
#define EFD_NONBLOCK	00004000
#define EFD_CLOEXEC	02000000

/* A new eventfd whose counter starts at @initval; -1 with errno (EINVAL
 * for unknown @flags, EMFILE, ENOMEM). read() of 8 bytes takes the
 * counter (1 with EFD_SEMAPHORE) and waits while it is 0; write() of 8
 * bytes adds to it and waits while it would exceed 2^64 - 2. */
int eventfd(unsigned int initval, int flags);
/* read()/write() of one eventfd_t: 0, or -1 with errno. */
int eventfd_read(int fd, eventfd_t *value);
int eventfd_write(int fd, eventfd_t value);

#ifdef __cplusplus
}
#endif

#endif

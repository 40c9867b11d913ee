/* select(2), glibc's fd_set layout (1024 bits). */
#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <sys/time.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FD_SETSIZE	1024

typedef struct {
	unsigned long fds_bits[FD_SETSIZE / (8 * sizeof(unsigned long))];
} fd_set;

#define __FD_WORD(fd)	((fd) / (8 * sizeof(unsigned long)))
#define __FD_BIT(fd)	(1UL << ((fd) % (8 * sizeof(unsigned long))))
#define FD_ZERO(s)	__builtin_memset((s), 0, sizeof(fd_set))
#define FD_SET(fd, s)	((s)->fds_bits[__FD_WORD(fd)] |= __FD_BIT(fd))
#define FD_CLR(fd, s)	((s)->fds_bits[__FD_WORD(fd)] &= ~__FD_BIT(fd))
#define FD_ISSET(fd, s)	(!!((s)->fds_bits[__FD_WORD(fd)] & __FD_BIT(fd)))

/* Waits up to *@timeout (NULL: no limit) until an fd of the sets is
 * ready; the sets then hold the ready fds. Returns their count, 0 at the
 * timeout, -1 with errno set (EBADF: a set fd is not open). */
int select(int nfds, fd_set *rd, fd_set *wr, fd_set *ex,
	   struct timeval *timeout);

#ifdef __cplusplus
}
#endif

#endif

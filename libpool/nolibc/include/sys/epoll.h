/* epoll (Linux), its values and x86_64's packed struct epoll_event. */
#ifndef _SYS_EPOLL_H
#define _SYS_EPOLL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EPOLLIN		0x001
#define EPOLLPRI	0x002
#define EPOLLOUT	0x004
#define EPOLLERR	0x008
#define EPOLLHUP	0x010
#define EPOLLRDNORM	0x040
#define EPOLLRDBAND	0x080
#define EPOLLWRNORM	0x100
#define EPOLLWRBAND	0x200
#define EPOLLRDHUP	0x2000
#define EPOLLEXCLUSIVE	(1u << 28)
#define EPOLLONESHOT	(1u << 30)
#define EPOLLET		(1u << 31)

#define EPOLL_CTL_ADD	1
#define EPOLL_CTL_DEL	2
#define EPOLL_CTL_MOD	3
#define EPOLL_CLOEXEC	02000000

typedef union epoll_data {
	void *ptr;
	int fd;
	uint32_t u32;
	uint64_t u64;
} epoll_data_t;

struct epoll_event {
	uint32_t events;
	epoll_data_t data;
} __attribute__((packed));

/* An epoll instance (an fd); @size must be positive and is ignored. */
int epoll_create(int size);
int epoll_create1(int flags);
int epoll_ctl(int epfd, int op, int fd, struct epoll_event *ev);
/* Up to @max events, waiting up to @timeout ms (-1: no limit). */
int epoll_wait(int epfd, struct epoll_event *evs, int max, int timeout);

#ifdef __cplusplus
}
#endif

#endif

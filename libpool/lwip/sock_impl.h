/* Socket-layer internals (sock_*.c) shared by its members (private). */
#ifndef _LWIP_SOCK_IMPL_H
#define _LWIP_SOCK_IMPL_H

#include <uk/socket.h>
#include <uk/vfs_file.h>
#include <errno.h>
#include <uk/lwip.h>
#include "lwip/sockets.h"

/* What a socket file holds (vfscore_file.priv). */
struct _uksock {
	int s;			/* lwIP's socket number */
	int nb;			/* O_NONBLOCK as lwIP's netconn last saw it */
	int connecting;		/* a non-blocking connect is under way */
	int sndbuf;		/* SO_SNDBUF as set (lwIP has no such knob) */
};

/* The socket behind @fd: 0 and *@f, *@us, or -EBADF, -ENOTSOCK. Also
 * makes lwIP's non-blocking flag follow the file's O_NONBLOCK. */
int _lwip_sock_get(int fd, struct vfscore_file **f, struct _uksock **us);

/* A new fd for lwIP socket @s (O_NONBLOCK if @nonblock), or a negative
 * errno (then @s is closed). */
int _lwip_sock_install(int s, int nonblock);

/* Starts the stack once: 0 or -ENETDOWN. */
int _lwip_sock_up(void);

/* An lwIP socket call's result as the kernel returns it: -errno for -1. */
static inline long _lwip_sock_ret(long r)
{
	int e;

	if (r >= 0)
		return r;
	e = lwip_uk_errno();
	return e ? -e : -EIO;
}

#endif

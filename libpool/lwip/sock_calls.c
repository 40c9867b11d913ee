/* The socket calls on an fd that move no data: bind, listen, connect,
 * shutdown, names, options. */
#include "sock_impl.h"

#define GET_SOCK(fd)						\
	struct vfscore_file *f;					\
	struct _uksock *us;					\
	int r = _lwip_sock_get(fd, &f, &us);			\
	if (r)							\
		return r

int uksock_bind(int fd, const void *addr, unsigned int len)
{
	GET_SOCK(fd);
	return _lwip_sock_ret(lwip_bind(us->s, addr, len));
}

int uksock_listen(int fd, int backlog)
{
	GET_SOCK(fd);
	if (backlog > 0xff)	/* lwIP's backlog is a u8_t */
		backlog = 0xff;
	return _lwip_sock_ret(lwip_listen(us->s, backlog));
}

/* lwIP reports a refused connection as the reset it was (ECONNRESET);
 * Linux, and callers, say ECONNREFUSED. */
static int refused(int e)
{
	return e == -ECONNRESET ? -ECONNREFUSED : e;
}

int uksock_connect(int fd, const void *addr, unsigned int len)
{
	GET_SOCK(fd);
	r = _lwip_sock_ret(lwip_connect(us->s, addr, len));
	if (r == -EINPROGRESS)
		us->connecting = 1;
	else if (r == -EALREADY && !us->connecting)
		r = -EISCONN;
	return refused(r);
}

int uksock_shutdown(int fd, int how)
{
	GET_SOCK(fd);
	return _lwip_sock_ret(lwip_shutdown(us->s, how));
}

int uksock_getsockname(int fd, void *addr, unsigned int *len)
{
	GET_SOCK(fd);
	return _lwip_sock_ret(lwip_getsockname(us->s, addr, (socklen_t *)len));
}

int uksock_getpeername(int fd, void *addr, unsigned int *len)
{
	GET_SOCK(fd);
	return _lwip_sock_ret(lwip_getpeername(us->s, addr, (socklen_t *)len));
}

int uksock_setsockopt(int fd, int level, int name, const void *val,
		      unsigned int len)
{
	GET_SOCK(fd);
	if (level == SOL_SOCKET && name == SO_REUSEPORT)
		name = SO_REUSEADDR;	/* lwIP's SO_REUSE covers both */
	if (level == SOL_SOCKET && name == SO_SNDBUF) {
		/* lwIP's send buffer is TCP_SND_BUF per connection:
		 * accepted and remembered, as Linux would clamp it. */
		if (len < sizeof(int))
			return -EINVAL;
		us->sndbuf = *(const int *)val;
		return 0;
	}
	return _lwip_sock_ret(lwip_setsockopt(us->s, level, name, val, len));
}

int uksock_getsockopt(int fd, int level, int name, void *val,
		      unsigned int *len)
{
	GET_SOCK(fd);
	if (level == SOL_SOCKET && name == SO_REUSEPORT)
		name = SO_REUSEADDR;
	if (level == SOL_SOCKET && name == SO_SNDBUF) {
		if (*len < sizeof(int))
			return -EINVAL;
		*(int *)val = us->sndbuf ? us->sndbuf : TCP_SND_BUF;
		*len = sizeof(int);
		return 0;
	}
	r = _lwip_sock_ret(lwip_getsockopt(us->s, level, name, val,
					(socklen_t *)len));
	if (!r && level == SOL_SOCKET && name == SO_ERROR) {
		if (us->connecting && *(int *)val == ECONNRESET)
			*(int *)val = ECONNREFUSED;
		us->connecting = 0;
	}
	return r;
}

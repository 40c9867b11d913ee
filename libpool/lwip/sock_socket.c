/* socket() and accept(): the calls that make socket fds. */
#include <string.h>
#include "sock_impl.h"

#define TYPE_FLAGS	(SOCK_NONBLOCK | SOCK_CLOEXEC)

int uksock_socket(int domain, int type, int protocol)
{
	int r, s;

	if (domain != AF_INET && domain != AF_INET6)
		return -EAFNOSUPPORT;
	switch (type & ~TYPE_FLAGS) {
	case SOCK_STREAM:
		if (protocol && protocol != IPPROTO_TCP)
			return -EPROTONOSUPPORT;
		break;
	case SOCK_DGRAM:
		if (protocol && protocol != IPPROTO_UDP)
			return -EPROTONOSUPPORT;
		break;
	case SOCK_RAW:
		break;
	default:
		return -EINVAL;
	}
	r = _lwip_sock_up();
	if (r)
		return r;
	s = lwip_socket(domain, type & ~TYPE_FLAGS, protocol);
	if (s < 0)
		return _lwip_sock_ret(s);
	return _lwip_sock_install(s, type & SOCK_NONBLOCK);
}

/* The peer of accepted socket @s into @addr, as getpeername. lwIP forgets
 * the address of a connection reset before it was accepted (its accept
 * then failed with ENOTCONN, which Linux never does); Linux returns such a
 * connection, and its first read tells ECONNRESET. So do we: the
 * address family of the listening socket @ls and a blank address. */
static void peer(int s, int ls, void *addr, unsigned int *len)
{
	if (lwip_getpeername(s, addr, (socklen_t *)len) == 0)
		return;
	if (lwip_getsockname(ls, addr, (socklen_t *)len) == 0 && *len > 2)
		memset((char *)addr + 2, 0, *len - 2);	/* after sa_family */
}

int uksock_accept(int fd, void *addr, unsigned int *len, int flags)
{
	struct vfscore_file *f;
	struct _uksock *us;
	int r, s;

	if (flags & ~TYPE_FLAGS)
		return -EINVAL;
	r = _lwip_sock_get(fd, &f, &us);
	if (r)
		return r;
	s = lwip_accept(us->s, NULL, NULL);
	if (s < 0)
		return _lwip_sock_ret(s);
	if (addr && len)
		peer(s, us->s, addr, len);
	return _lwip_sock_install(s, flags & SOCK_NONBLOCK);
}

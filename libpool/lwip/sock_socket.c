/* socket() and accept(): the calls that make socket fds. */
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
	s = lwip_accept(us->s, addr, (socklen_t *)len);
	if (s < 0)
		return _lwip_sock_ret(s);
	return _lwip_sock_install(s, flags & SOCK_NONBLOCK);
}

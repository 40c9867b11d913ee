/* The socket calls that move data: sendto/recvfrom (send and recv are
 * those without an address) and sendmsg/recvmsg. O_NONBLOCK on the file
 * adds MSG_DONTWAIT. */
#include "sock_impl.h"

static int flags_of(struct vfscore_file *f, int flags)
{
	flags &= ~MSG_NOSIGNAL;	/* no signals here */
	return flags | (f->flags & VFSCORE_O_NONBLOCK ? MSG_DONTWAIT : 0);
}

long uksock_sendto(int fd, const void *buf, size_t len, int flags,
		   const void *to, unsigned int tolen)
{
	struct vfscore_file *f;
	struct _uksock *us;
	int r = _lwip_sock_get(fd, &f, &us);

	if (r)
		return r;
	if (!to)
		return _lwip_sock_ret(lwip_send(us->s, buf, len,
					     flags_of(f, flags)));
	return _lwip_sock_ret(lwip_sendto(us->s, buf, len, flags_of(f, flags),
				       to, tolen));
}

long uksock_recvfrom(int fd, void *buf, size_t len, int flags, void *from,
		     unsigned int *fromlen)
{
	struct vfscore_file *f;
	struct _uksock *us;
	int r = _lwip_sock_get(fd, &f, &us);

	if (r)
		return r;
	if (!from)
		return _lwip_sock_ret(lwip_recv(us->s, buf, len,
					     flags_of(f, flags)));
	return _lwip_sock_ret(lwip_recvfrom(us->s, buf, len, flags_of(f, flags),
					 from, (socklen_t *)fromlen));
}

long uksock_sendmsg(int fd, const void *msg, int flags)
{
	struct vfscore_file *f;
	struct _uksock *us;
	int r = _lwip_sock_get(fd, &f, &us);

	if (r)
		return r;
	return _lwip_sock_ret(lwip_sendmsg(us->s, msg, flags_of(f, flags)));
}

long uksock_recvmsg(int fd, void *msg, int flags)
{
	struct vfscore_file *f;
	struct _uksock *us;
	int r = _lwip_sock_get(fd, &f, &us);

	if (r)
		return r;
	return _lwip_sock_ret(lwip_recvmsg(us->s, msg, flags_of(f, flags)));
}

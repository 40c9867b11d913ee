/* What lwIP's sockets.c needs from "lwip/sockets.h" when the C library's
 * headers describe sockets (LWIP_SOCKET_EXTERNAL_HEADERS, lwipopts.h):
 * those headers (Linux's values and layouts), the sockaddr-length macros
 * for a sockaddr without sa_len, and the prototypes of lwIP's socket
 * functions, which uksock calls. Only lwIP's own files and uksock include
 * it. */
#ifndef UK_LWIP_SOCKETS_H
#define UK_LWIP_SOCKETS_H

#include <sys/types.h>
#include <sys/socket.h>
#include <sys/select.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <poll.h>
#include <errno.h>
#include <fcntl.h>
#include LWIP_SOCKET_EXTERNAL_HEADER_INET_H

#ifdef __cplusplus
extern "C" {
#endif

#define IP4ADDR_SOCKADDR_SET_LEN(sin)
#define IP6ADDR_SOCKADDR_SET_LEN(sin6)
#define IPADDR_SOCKADDR_GET_LEN(addr) \
	((addr)->sa.sa_family == AF_INET ? sizeof(struct sockaddr_in) : \
	 (addr)->sa.sa_family == AF_INET6 ? sizeof(struct sockaddr_in6) : 0)
#define SIN_ZERO_LEN	8
#define LWIP_SELECT_MAXNFDS (FD_SETSIZE + LWIP_SOCKET_OFFSET)
/* fcntl's commands, for lwip_fcntl (Linux's values). */
#ifndef F_GETFL
#define F_GETFL		3
#define F_SETFL		4
#endif
/* lwIP's own TCP option (keep-alive idle time in ms): a number no Linux
 * option uses. */
#define TCP_KEEPALIVE	0x7fff0001
#ifndef SSIZE_MAX
#define SSIZE_MAX	__LONG_MAX__
#endif

int lwip_accept(int s, struct sockaddr *addr, socklen_t *addrlen);
int lwip_bind(int s, const struct sockaddr *name, socklen_t namelen);
int lwip_shutdown(int s, int how);
int lwip_getpeername(int s, struct sockaddr *name, socklen_t *namelen);
int lwip_getsockname(int s, struct sockaddr *name, socklen_t *namelen);
int lwip_getsockopt(int s, int level, int optname, void *optval,
		    socklen_t *optlen);
int lwip_setsockopt(int s, int level, int optname, const void *optval,
		    socklen_t optlen);
int lwip_close(int s);
int lwip_connect(int s, const struct sockaddr *name, socklen_t namelen);
int lwip_listen(int s, int backlog);
ssize_t lwip_recv(int s, void *mem, size_t len, int flags);
ssize_t lwip_read(int s, void *mem, size_t len);
ssize_t lwip_readv(int s, const struct iovec *iov, int iovcnt);
ssize_t lwip_recvfrom(int s, void *mem, size_t len, int flags,
		      struct sockaddr *from, socklen_t *fromlen);
ssize_t lwip_recvmsg(int s, struct msghdr *message, int flags);
ssize_t lwip_send(int s, const void *dataptr, size_t size, int flags);
ssize_t lwip_sendmsg(int s, const struct msghdr *message, int flags);
ssize_t lwip_sendto(int s, const void *dataptr, size_t size, int flags,
		    const struct sockaddr *to, socklen_t tolen);
int lwip_socket(int domain, int type, int protocol);
ssize_t lwip_write(int s, const void *dataptr, size_t size);
ssize_t lwip_writev(int s, const struct iovec *iov, int iovcnt);
int lwip_select(int maxfdp1, fd_set *readset, fd_set *writeset,
		fd_set *exceptset, struct timeval *timeout);
int lwip_ioctl(int s, long cmd, void *argp);
int lwip_fcntl(int s, int cmd, int val);
const char *lwip_inet_ntop(int af, const void *src, char *dst,
			   socklen_t size);
int lwip_inet_pton(int af, const char *src, void *dst);

#ifdef __cplusplus
}
#endif

#endif

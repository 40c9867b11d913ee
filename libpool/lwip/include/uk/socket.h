/* uksock: sockets as file descriptors (libpool/lwip; the API the C libraries
 * wrap). A socket is a vfscore file whose kind is lwIP's socket, so
 * read/write/close/poll/select/epoll/ioctl/fcntl work on it like on any fd
 * (docs/net.md). The network stack starts at the first call here.
 *
 * Kernel conventions (as <uk/vfs.h>): a count, an fd or 0, or a negative
 * Linux errno; Linux's constants and glibc's x86_64 layouts for every
 * structure (struct sockaddr*, msghdr, linger, timeval), passed as
 * pointers, so that any libc's glue can include this header and hand its
 * caller's structures through unchanged. */
#ifndef __UK_SOCKET_H__
#define __UK_SOCKET_H__

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* @type may carry SOCK_NONBLOCK (04000) and SOCK_CLOEXEC (02000000).
 * AF_INET and AF_INET6; SOCK_STREAM, SOCK_DGRAM, SOCK_RAW. Returns the fd,
 * or -EAFNOSUPPORT, -EPROTONOSUPPORT, -EINVAL, -EMFILE, -ENFILE, -ENOMEM,
 * -ENETDOWN (the stack did not start). */
int uksock_socket(int domain, int type, int protocol);
int uksock_bind(int fd, const void *addr, unsigned int len);
int uksock_listen(int fd, int backlog);
/* @flags: SOCK_NONBLOCK, SOCK_CLOEXEC (accept4). @addr/@len may be NULL.
 * A listener with O_NONBLOCK and nothing pending: -EAGAIN. */
int uksock_accept(int fd, void *addr, unsigned int *len, int flags);
/* Blocking unless O_NONBLOCK (then -EINPROGRESS, and poll reports POLLOUT
 * once it is done: SO_ERROR says how). -ECONNREFUSED, -ETIMEDOUT,
 * -EISCONN, -EALREADY. */
int uksock_connect(int fd, const void *addr, unsigned int len);
/* send/recv are these with a NULL address. MSG_DONTWAIT, MSG_PEEK,
 * MSG_WAITALL (recv), MSG_MORE, MSG_NOSIGNAL (there are no signals). */
long uksock_sendto(int fd, const void *buf, size_t len, int flags,
		   const void *to, unsigned int tolen);
long uksock_recvfrom(int fd, void *buf, size_t len, int flags, void *from,
		     unsigned int *fromlen);
/* @msg: a struct msghdr. */
long uksock_sendmsg(int fd, const void *msg, int flags);
long uksock_recvmsg(int fd, void *msg, int flags);
/* SHUT_RD 0, SHUT_WR 1, SHUT_RDWR 2. -ENOTCONN. */
int uksock_shutdown(int fd, int how);
int uksock_getsockname(int fd, void *addr, unsigned int *len);
int uksock_getpeername(int fd, void *addr, unsigned int *len);
/* SOL_SOCKET: SO_REUSEADDR, SO_REUSEPORT (as SO_REUSEADDR), SO_RCVBUF,
 * SO_SNDBUF (accepted, reported), SO_KEEPALIVE, SO_ERROR, SO_LINGER,
 * SO_TYPE, SO_ACCEPTCONN, SO_RCVTIMEO, SO_SNDTIMEO, SO_BROADCAST;
 * IPPROTO_TCP: TCP_NODELAY, TCP_KEEPIDLE/INTVL/CNT; IPPROTO_IP: IP_TOS,
 * IP_TTL, multicast; IPPROTO_IPV6: IPV6_V6ONLY. -ENOPROTOOPT otherwise. */
int uksock_setsockopt(int fd, int level, int name, const void *val,
		      unsigned int len);
int uksock_getsockopt(int fd, int level, int name, void *val,
		      unsigned int *len);

/* Resolves @name (not a number: the caller tried that) through lwIP's DNS
 * client: up to @max addresses of @family (AF_INET, AF_INET6, or
 * AF_UNSPEC: IPv4 first) as 4- or 16-byte network-order addresses into
 * @addrs (16 bytes each) with their families in @families. Returns the
 * count, -ENOENT (no such name), -EAGAIN (no answer: no DNS server or a
 * time-out). */
int uksock_dns_lookup(const char *name, int family, unsigned char *addrs,
		      int *families, int max);

/* inet_pton: 1, 0 (not an address of @af), -EAFNOSUPPORT. */
int uksock_inet_pton(int af, const char *src, void *dst);
/* inet_ntop into @dst of @size bytes: 0, -ENOSPC, -EAFNOSUPPORT. */
int uksock_inet_ntop(int af, const void *src, char *dst, unsigned int size);
/* inet_aton's forms (a.b.c.d, a.b.c, a.b, a; octal, hex) into *@addr in
 * network order: 1, or 0 for text that is not an address. */
int uksock_inet_aton(const char *s, unsigned int *addr);

/* getaddrinfo (glibc's struct addrinfo, EAI_* values): @node as a number,
 * then from /etc/hosts in the file system ("localhost" without one),
 * then through DNS (uksock_dns_lookup); @service as a number or one of a
 * few well-known names. Every result is one allocation from the default
 * allocator; uksock_freeaddrinfo frees the list. Returns 0 or an EAI_*
 * value. */
struct addrinfo;
int uksock_getaddrinfo(const char *node, const char *service,
		       const struct addrinfo *hints, struct addrinfo **res);
void uksock_freeaddrinfo(struct addrinfo *res);
/* getnameinfo: numeric host (names from /etc/hosts unless
 * NI_NUMERICHOST) and numeric service. 0 or an EAI_* value. */
int uksock_getnameinfo(const void *sa, unsigned int salen, char *host,
		       unsigned int hostlen, char *serv, unsigned int servlen,
		       int flags);

#ifdef __cplusplus
}
#endif

#endif /* __UK_SOCKET_H__ */

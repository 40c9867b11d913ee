#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

ssize_t sendto(int fd, const void *buf, size_t len, int flags,
	       const struct sockaddr *to, socklen_t tolen)
{
	return _nolibc_fdret(uksock_sendto(fd, buf, len, flags, to, tolen));
}

#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

ssize_t recvfrom(int fd, void *buf, size_t len, int flags,
		 struct sockaddr *from, socklen_t *fromlen)
{
	return _nolibc_fdret(uksock_recvfrom(fd, buf, len, flags, from, fromlen));
}

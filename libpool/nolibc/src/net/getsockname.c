#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

int getsockname(int fd, struct sockaddr *addr, socklen_t *len)
{
	return _nolibc_fdret(uksock_getsockname(fd, addr, len));
}

#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
	return _nolibc_fdret(uksock_connect(fd, addr, len));
}

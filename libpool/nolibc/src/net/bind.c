#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	return _nolibc_fdret(uksock_bind(fd, addr, len));
}

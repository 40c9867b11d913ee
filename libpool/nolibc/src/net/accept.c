#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

int accept(int fd, struct sockaddr *addr, socklen_t *len)
{
	return _nolibc_fdret(uksock_accept(fd, addr, len, 0));
}

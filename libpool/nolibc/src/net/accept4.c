#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags)
{
	return _nolibc_fdret(uksock_accept(fd, addr, len, flags));
}

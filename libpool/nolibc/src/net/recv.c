#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

ssize_t recv(int fd, void *buf, size_t len, int flags)
{
	return _nolibc_fdret(uksock_recvfrom(fd, buf, len, flags, NULL, NULL));
}

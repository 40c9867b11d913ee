#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

ssize_t send(int fd, const void *buf, size_t len, int flags)
{
	return _nolibc_fdret(uksock_sendto(fd, buf, len, flags, NULL, 0));
}

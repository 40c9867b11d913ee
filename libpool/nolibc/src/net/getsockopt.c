#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	return _nolibc_fdret(uksock_getsockopt(fd, level, name, val, len));
}

#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	return _nolibc_fdret(uksock_setsockopt(fd, level, name, val, len));
}

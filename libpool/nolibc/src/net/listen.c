#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

int listen(int fd, int backlog)
{
	return _nolibc_fdret(uksock_listen(fd, backlog));
}

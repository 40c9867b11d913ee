#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

int shutdown(int fd, int how)
{
	return _nolibc_fdret(uksock_shutdown(fd, how));
}

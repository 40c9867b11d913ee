#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	return _nolibc_fdret(uksock_recvmsg(fd, msg, flags));
}

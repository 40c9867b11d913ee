#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
	return _nolibc_fdret(uksock_sendmsg(fd, msg, flags));
}

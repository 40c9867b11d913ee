#include "../fd/fd.h"
#include <sys/socket.h>

/* The stack has no AF_UNIX: socket pairs do not exist (pipe() does). */
int socketpair(int domain, int type, int protocol, int sv[2])
{
	(void)domain; (void)type; (void)protocol; (void)sv;
	return _nolibc_fdret(-EAFNOSUPPORT);
}

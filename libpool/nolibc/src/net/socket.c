#include "../fd/fd.h"
#include <sys/socket.h>
#include <uk/socket.h>

int socket(int domain, int type, int protocol)
{
	return _nolibc_fdret(uksock_socket(domain, type, protocol));
}

#include "../fd/fd.h"
#include <arpa/inet.h>
#include <uk/socket.h>

int inet_pton(int af, const char *src, void *dst)
{
	return _nolibc_fdret(uksock_inet_pton(af, src, dst));
}

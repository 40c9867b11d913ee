#include "../fd/fd.h"
#include <arpa/inet.h>
#include <uk/socket.h>

const char *inet_ntop(int af, const void *src, char *dst, socklen_t size)
{
	int r = uksock_inet_ntop(af, src, dst, size);

	if (r) {
		errno = -r;
		return NULL;
	}
	return dst;
}

#include <arpa/inet.h>
#include <uk/socket.h>

char *inet_ntoa(struct in_addr in)
{
	static char buf[INET_ADDRSTRLEN];

	uksock_inet_ntop(AF_INET, &in, buf, sizeof(buf));
	return buf;
}

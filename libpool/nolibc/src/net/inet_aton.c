#include <arpa/inet.h>
#include <uk/socket.h>

int inet_aton(const char *cp, struct in_addr *in)
{
	return uksock_inet_aton(cp, &in->s_addr);
}

in_addr_t inet_addr(const char *cp)
{
	unsigned int a;

	return uksock_inet_aton(cp, &a) ? a : INADDR_NONE;
}

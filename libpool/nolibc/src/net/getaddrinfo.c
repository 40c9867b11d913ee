#include <netdb.h>
#include <uk/socket.h>

int getaddrinfo(const char *node, const char *service,
		const struct addrinfo *hints, struct addrinfo **res)
{
	return uksock_getaddrinfo(node, service, hints, res);
}

void freeaddrinfo(struct addrinfo *res)
{
	uksock_freeaddrinfo(res);
}

int getnameinfo(const struct sockaddr *sa, socklen_t salen, char *host,
		socklen_t hostlen, char *serv, socklen_t servlen, int flags)
{
	return uksock_getnameinfo(sa, salen, host, hostlen, serv, servlen,
				  flags);
}

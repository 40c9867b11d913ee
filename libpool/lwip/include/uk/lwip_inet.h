/* What lwIP needs from "lwip/inet.h" when the C library's headers
 * describe addresses (LWIP_SOCKET_EXTERNAL_HEADERS, lwipopts.h): those
 * headers and the conversions between their structures and lwIP's. */
#ifndef UK_LWIP_INET_H
#define UK_LWIP_INET_H

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <net/if.h>
#include <sys/ioctl.h>

#define inet_addr_from_ip4addr(in, ip)	((in)->s_addr = ip4_addr_get_u32(ip))
#define inet_addr_to_ip4addr(ip, in)	(ip4_addr_set_u32(ip, (in)->s_addr))

#define inet6_addr_from_ip6addr(in6, ip6) do {				\
		(in6)->s6_addr32[0] = (ip6)->addr[0];			\
		(in6)->s6_addr32[1] = (ip6)->addr[1];			\
		(in6)->s6_addr32[2] = (ip6)->addr[2];			\
		(in6)->s6_addr32[3] = (ip6)->addr[3];			\
	} while (0)
#define inet6_addr_to_ip6addr(ip6, in6) do {				\
		(ip6)->addr[0] = (in6)->s6_addr32[0];			\
		(ip6)->addr[1] = (in6)->s6_addr32[1];			\
		(ip6)->addr[2] = (in6)->s6_addr32[2];			\
		(ip6)->addr[3] = (in6)->s6_addr32[3];			\
		ip6_addr_clear_zone(ip6);				\
	} while (0)

#endif

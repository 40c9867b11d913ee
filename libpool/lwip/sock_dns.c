/* Name lookups through lwIP's DNS client (getaddrinfo's last resort,
 * after numbers and /etc/hosts, in the C library). */
#include "sock_impl.h"
#include "lwip/api.h"
#include <string.h>

static int lookup(const char *name, u8_t type, ip_addr_t *out)
{
	err_t e = netconn_gethostbyname_addrtype(name, out, type);

	if (e == ERR_OK)
		return 0;
	return e == ERR_ARG || e == ERR_VAL ? -ENOENT : -EAGAIN;
}

int uksock_dns_lookup(const char *name, int family, unsigned char *addrs,
		      int *families, int max)
{
	ip_addr_t a;
	int r, n = 0, err = -ENOENT;

	r = _lwip_sock_up();
	if (r)
		return -EAGAIN;
	if (max > 0 && (family == AF_UNSPEC || family == AF_INET)) {
		r = lookup(name, NETCONN_DNS_IPV4, &a);
		if (!r) {
			memcpy(addrs, &ip_2_ip4(&a)->addr, 4);
			families[n++] = AF_INET;
		} else {
			err = r;
		}
	}
	if (n < max && (family == AF_UNSPEC || family == AF_INET6)) {
		r = lookup(name, NETCONN_DNS_IPV6, &a);
		if (!r) {
			memcpy(addrs + 16 * n, ip_2_ip6(&a)->addr, 16);
			families[n++] = AF_INET6;
		} else if (err == -ENOENT) {
			err = r;
		}
	}
	return n ? n : err;
}

/* Interface configuration from the host (netcfg.c; private). */
#ifndef _LWIP_NETCFG_H
#define _LWIP_NETCFG_H

#include "lwip/ip_addr.h"
#include "lwip/netif.h"

struct _lwip_netcfg {
	int set;		/* an address was given: no DHCP */
	ip4_addr_t ip, mask, gw;
	ip_addr_t dns;
};

/* The configuration of the @idx-th interface: netdev.ip=CIDR[:GW[:DNS]]
 * on the command line or UKNETDEV_IP=CIDR[:GW[:DNS]] in the environment
 * (the first interface; the others use DHCP). A malformed value is
 * reported and ignored. */
void _lwip_netcfg_get(unsigned int idx, struct _lwip_netcfg *cfg);

/* One line about @n (info level), with its bound of receive buffers. */
void _lwip_netcfg_print(struct netif *n, unsigned int id, const char *drv,
			int intr, unsigned long rxbufs);

/* Waits (3 s at most) until the default interface has an address when
 * DHCP is getting it. */
void _lwip_dhcp_wait(void);

#endif

/* Interface addresses from the host: netdev.ip=CIDR[:GW[:DNS]] in the
 * command line (any platform) or UKNETDEV_IP in the environment (linuxu,
 * where the command line is main's argv and the environment also names
 * the tap: UKNETDEV_TAP); DHCP otherwise. */
#include <uk/plat/cmdline.h>
#include <uk/print.h>
#include <uk/sched.h>
#include <stdlib.h>
#include <string.h>
#include "lwip/dhcp.h"
#include "lwip/tcpip.h"
#include "netcfg.h"

#define DHCP_WAIT_MS	3000

/* The value of KEY=... in the white-space separated @s, copied to @out. */
static int find(const char *s, const char *key, char *out, size_t len)
{
	size_t k = strlen(key), n;
	const char *e;

	while (s && *s) {
		while (*s == ' ' || *s == '\t')
			s++;
		e = s;
		while (*e && *e != ' ' && *e != '\t')
			e++;
		if ((size_t)(e - s) > k && !strncmp(s, key, k) &&
		    (n = e - s - k) < len) {
			memcpy(out, s + k, n);
			out[n] = '\0';
			return 1;
		}
		s = e;
	}
	return 0;
}

static int lookup(char *val, size_t len)
{
	char **env;

	if (find(ukplat_cmdline(), "netdev.ip=", val, len))
		return 1;
	for (env = ukplat_environ ? ukplat_environ() : NULL; env && *env;
	     env++)
		if (find(*env, "UKNETDEV_IP=", val, len))
			return 1;
	return 0;
}

static int parse(char *v, struct _lwip_netcfg *c)
{
	char *gw = strchr(v, ':'), *dns = NULL, *slash = strchr(v, '/');
	long bits = 24;

	if (gw) {
		*gw++ = '\0';
		dns = strchr(gw, ':');
		if (dns)
			*dns++ = '\0';
	}
	if (slash) {
		*slash++ = '\0';
		bits = strtol(slash, NULL, 10);
		if (bits < 0 || bits > 32)
			return 0;
	}
	if (!ip4addr_aton(v, &c->ip))
		return 0;
	ip4_addr_set_u32(&c->mask, bits ? lwip_htonl(0xffffffffUL << (32 - bits)) : 0);
	if (gw && *gw && !ip4addr_aton(gw, &c->gw))
		return 0;
	if (dns && *dns && !ipaddr_aton(dns, &c->dns))
		return 0;
	return 1;
}

void _lwip_netcfg_get(unsigned int idx, struct _lwip_netcfg *cfg)
{
	char val[128];

	memset(cfg, 0, sizeof(*cfg));
	if (idx || !lookup(val, sizeof(val)))
		return;
	cfg->set = parse(val, cfg);
	if (!cfg->set) {
		uk_pr_warn("lwip: netdev.ip: not CIDR[:GW[:DNS]]: using DHCP\n");
		memset(cfg, 0, sizeof(*cfg));
	}
}

void _lwip_netcfg_print(struct netif *n, unsigned int id, const char *drv,
			int intr, unsigned long rxbufs)
{
	char ip[16], gw[16];

	ip4addr_ntoa_r(netif_ip4_addr(n), ip, sizeof(ip));
	ip4addr_ntoa_r(netif_ip4_gw(n), gw, sizeof(gw));
	uk_pr_info("lwip: %c%c%u on netdev%u (%s) %02x:%02x:%02x:%02x:%02x:%02x"
		   " mtu %u: %s gw %s%s, receive by %s, %lu buffers at most\n", n->name[0],
		   n->name[1], n->num, id, drv, n->hwaddr[0], n->hwaddr[1],
		   n->hwaddr[2], n->hwaddr[3], n->hwaddr[4], n->hwaddr[5],
		   n->mtu, ip, gw, ip4_addr_isany_val(*netif_ip4_addr(n))
		   ? " (DHCP)" : "", intr ? "interrupt" : "polling", rxbufs);
}

void _lwip_dhcp_wait(void)
{
	struct netif *n = netif_default;
	int i;

	for (i = 0; n && netif_dhcp_data(n) && i < DHCP_WAIT_MS / 10; i++) {
		if (dhcp_supplied_address(n))
			return;
		uk_thread_sleep_ns(10000000ULL);
	}
}

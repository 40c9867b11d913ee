/* The uklink port's own calls into lwIP (libpool/lwip), for the socket
 * layer (uksock) and applications that use lwIP's netconn or raw API with
 * the stack running: docs/net.md. */
#ifndef __UK_LWIP_H__
#define __UK_LWIP_H__

#ifdef __cplusplus
extern "C" {
#endif

/* Starts the stack once (later calls return at once): the tcpip thread,
 * the loopback interface, one interface per network device, configured
 * from the command line (netdev.ip=CIDR[:GW[:DNS]]) or by DHCP. Returns
 * 0, or a negative errno (-ENOMEM). The raw API may be used afterwards
 * under LOCK_TCPIP_CORE(). */
int lwip_uk_start(void);

/* The errno lwIP's socket layer last set in the calling thread. */
int lwip_uk_errno(void);

/* (private) brings the interfaces up: netif.c. */
int _lwip_netifs_start(void);

#ifdef __cplusplus
}
#endif

#endif

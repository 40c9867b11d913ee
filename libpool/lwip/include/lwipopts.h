/* lwIP configuration of the uklink port (libpool/lwip): raw API only
 * (NO_SYS=1, no threads: the application calls the input and timer
 * functions), IPv4 + IPv6, TCP, UDP, DHCP, DNS. Memory comes from lwIP's
 * own static pools; options not set here keep lwIP's defaults (opt.h). */
#ifndef UK_LWIPOPTS_H
#define UK_LWIPOPTS_H

#define NO_SYS			1
#define SYS_LIGHTWEIGHT_PROT	0	/* one CPU, no preemption of lwIP */
#define LWIP_SOCKET		0
#define LWIP_NETCONN		0

#define LWIP_IPV4		1
#define LWIP_IPV6		1
#define LWIP_ARP		1
#define LWIP_ETHERNET		1
#define LWIP_ICMP		1
#define LWIP_RAW		1
#define LWIP_TCP		1
#define LWIP_UDP		1
#define LWIP_DHCP		1
#define LWIP_IPV6_DHCP6		1
#define LWIP_DNS		1
#define LWIP_IGMP		1
#define LWIP_NETIF_STATUS_CALLBACK 1
#define LWIP_NETIF_LINK_CALLBACK 1
/* The loopback interface (127.0.0.1, ::1) and sending to one's own
 * address: queued, delivered by netif_poll()/netif_poll_all() from the
 * application's loop (NO_SYS). */
#define LWIP_NETIF_LOOPBACK	1

#define MEM_ALIGNMENT		8
#define MEM_SIZE		(256 * 1024)
#define MEMP_NUM_PBUF		64
#define MEMP_NUM_TCP_PCB	32
#define MEMP_NUM_TCP_SEG	128
#define PBUF_POOL_SIZE		128
/* lwIP's own cyclic timers, plus room for the application's sys_timeout()s */
#define MEMP_NUM_SYS_TIMEOUT	(LWIP_NUM_SYS_TIMEOUT_INTERNAL + 8)
#define TCP_MSS			1460
#define TCP_WND			(16 * TCP_MSS)
#define TCP_SND_BUF		(16 * TCP_MSS)

#define LWIP_STATS		0
#define LWIP_CHECKSUM_ON_COPY	1

#endif

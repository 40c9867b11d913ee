/* lwIP configuration of the uklink port (libpool/lwip). Every value set
 * here says why; options not set keep lwIP's defaults (opt.h).
 * docs/net.md has the design: one tcpip thread on uksched, the sockets of
 * uksock (lwIP's sockets.c) as vfscore file descriptors. */
#ifndef UK_LWIPOPTS_H
#define UK_LWIPOPTS_H

/* --- Threads ------------------------------------------------------- */
/* Threads (uksched): the tcpip thread runs lwIP's timers and the input
 * that drivers hand it; applications block in socket calls. */
#define NO_SYS			0
/* SYS_ARCH_PROTECT raises uksched's pre-emption counter: lwIP's short
 * critical sections (memp, pbuf reference counts, socket events) are
 * atomic under ukschedpreempt too. */
#define SYS_LIGHTWEIGHT_PROT	1
/* Socket calls take the core mutex and run lwIP directly in the calling
 * thread instead of posting a message to the tcpip thread and waiting
 * for its answer: two context switches fewer per call. */
#define LWIP_TCPIP_CORE_LOCKING	1
/* Received frames are processed in the thread that takes them from the
 * driver (under the core mutex), not queued to the tcpip thread: one
 * switch fewer per packet. */
#define LWIP_TCPIP_CORE_LOCKING_INPUT 1
/* Stacks: uksched's default (UKSCHED_STACK_KB) is plenty for lwIP. */
#define TCPIP_THREAD_STACKSIZE	0
#define DEFAULT_THREAD_STACKSIZE 0
#define TCPIP_THREAD_PRIO	1
/* Mailbox sizes (ukmpi): the tcpip thread's queue of calls and callbacks;
 * per connection, segments received but not yet read by the application
 * (each a pbuf chain: the TCP window bounds the bytes); pending
 * connections per listener: room for every TCP PCB, since a connection
 * established while the queue is full is reset (a burst of clients
 * faster than accept() got resets, where Linux queues them). */
#define TCPIP_MBOX_SIZE		256
#define DEFAULT_TCP_RECVMBOX_SIZE 512
#define DEFAULT_UDP_RECVMBOX_SIZE 128
#define DEFAULT_RAW_RECVMBOX_SIZE 32
#define DEFAULT_ACCEPTMBOX_SIZE	MEMP_NUM_TCP_PCB

/* --- Sockets (uksock) ---------------------------------------------- */
#define LWIP_NETCONN		1
#define LWIP_SOCKET		1
/* No socket()/bind()/... macros and no lwIP definitions of POSIX
 * structures: the C library's headers (Linux's values and layouts:
 * nolibc's sys/socket.h & co.) are the only ones, so lwIP's sockets.c
 * speaks the ABI applications use. */
#define LWIP_COMPAT_SOCKETS	0
#define LWIP_POSIX_SOCKETS_IO_NAMES 0
#define LWIP_SOCKET_EXTERNAL_HEADERS 1
#define LWIP_SOCKET_EXTERNAL_HEADER_SOCKETS_H "uk/lwip_sockets.h"
#define LWIP_SOCKET_EXTERNAL_HEADER_INET_H "uk/lwip_inet.h"
#define LWIP_ERRNO_STDINCLUDE	1
/* htons & co. are the C library's (<netinet/in.h>). */
#define LWIP_DONT_PROVIDE_BYTEORDER_FUNCTIONS 1
/* errno of whichever libc is linked (uksched keeps it per thread). */
void _lwip_errno_set(int err);
#define set_errno(err)	do { if (err) _lwip_errno_set(err); } while (0)
/* Readiness for vfscore's poll/select/epoll: sockets.c's event callback
 * (compiled with LWIP_SOCKET_SELECT) counts receive, send and error
 * events per socket; patches/0001 adds a hook there that wakes pollers.
 * lwIP's own select and poll are not used (LTO drops them). */
#define LWIP_SOCKET_SELECT	1
#define LWIP_SOCKET_POLL	0
/* Sockets: one netconn each; listeners, connections being accepted and
 * those the application holds. One for every TCP PCB and listener, and
 * 16 for UDP and raw sockets: a connection whose handshake completes
 * without a netconn is reset, which a burst of 400 connections to nginx
 * showed (3 reset, at 256 netconns for 256 PCBs and the listener).
 * vfscore's fd table is larger (VFSCORE_NR_FDS). */
#define MEMP_NUM_NETCONN	(MEMP_NUM_TCP_PCB + MEMP_NUM_TCP_PCB_LISTEN + 16)
#define MEMP_NUM_NETBUF		64
#define LWIP_SO_RCVTIMEO	1
#define LWIP_SO_SNDTIMEO	1
#define LWIP_SO_RCVBUF		1
#define LWIP_SO_LINGER		1
/* SO_REUSEADDR (and SO_REUSEPORT, same meaning here): servers restart on
 * a port whose connections are in TIME_WAIT. */
#define SO_REUSE		1
#define SO_REUSE_RXTOALL	1
#define LWIP_TCP_KEEPALIVE	1
#define LWIP_FIONREAD_LINUXMODE	1
#define LWIP_NETIF_API		1

/* --- Protocols ----------------------------------------------------- */
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
/* IPv6 reassembly keeps its bookkeeping beside the header: with 64-bit
 * pointers it does not fit in the 8-byte fragment header (ip6_frag.c
 * asserts). */
#define IPV6_FRAG_COPYHEADER	1
#define LWIP_NETIF_STATUS_CALLBACK 1
#define LWIP_NETIF_LINK_CALLBACK 1
/* The loopback interface (127.0.0.1, ::1) and sending to one's own
 * address; the tcpip thread delivers the queued packets. */
#define LWIP_NETIF_LOOPBACK	1
/* DHCP checks its offer with ARP (a duplicate address would be silent). */
#define DHCP_DOES_ARP_CHECK	0
#define LWIP_DHCP_DOES_ACD_CHECK 0
/* One DNS server from the command line (netdev.ip=...:DNS) or DHCP. */
#define DNS_MAX_SERVERS		2
#define LWIP_DNS_SUPPORT_MDNS_QUERIES 0

/* --- TCP ----------------------------------------------------------- */
#define TCP_MSS			1460
/* Window scaling (RFC 1323): a 256 KiB receive window, a 4 KiB-granular
 * advertisement; without it 64 KiB per round trip caps a stream. */
#define LWIP_WND_SCALE		1
#define TCP_RCV_SCALE		2
#define TCP_WND			(176 * TCP_MSS)
#define TCP_SND_BUF		(176 * TCP_MSS)
#define TCP_SND_QUEUELEN	(4 * TCP_SND_BUF / TCP_MSS)
/* sendevent (writability) once this much is free (u16_t in lwIP). */
#define TCP_SNDLOWAT		(0xffff - 4 * TCP_MSS - 1)
#define TCP_OVERSIZE		TCP_MSS
/* Out-of-order segments are kept (loss and reordering cost a
 * retransmission of the hole only), bounded per connection. */
#define TCP_QUEUE_OOSEQ		1
#define TCP_OOSEQ_MAX_BYTES	(64 * TCP_MSS)
#define TCP_OOSEQ_MAX_PBUFS	128
#define LWIP_TCP_SACK_OUT	1
/* TIME_WAIT: lwIP keeps closed connections 2 * TCP_MSL (120 s by
 * default). Users of Unikraft's port saw servers stall after a few
 * thousand connections as TIME_WAIT PCBs filled the PCB pool. Here a
 * connection that finds the pool full takes the oldest TIME_WAIT PCB
 * (lwIP's tcp_alloc does that for MEMP_TCP_PCB) and TCP_MSL is 10 s, so
 * the 256 PCBs (about 50 KiB of static memory) recycle: tests/net runs
 * 1,000 sequential connections, several times in a row. */
#define MEMP_NUM_TCP_PCB	256
#define MEMP_NUM_TCP_PCB_LISTEN	32
#define TCP_MSL			10000UL
#define MEMP_NUM_TCP_SEG	(2 * TCP_SND_QUEUELEN)
#define MEMP_NUM_UDP_PCB	32
#define MEMP_NUM_RAW_PCB	8

/* --- Memory -------------------------------------------------------- */
/* lwIP's heap (PBUF_RAM, segments' data) comes from ukalloc's default
 * allocator: sized by the guest's memory, not by a static array in every
 * image. Pools (PCBs, netconns, segments) stay static: bounded, fast. */
#define MEM_LIBC_MALLOC		1
void *_lwip_malloc(__SIZE_TYPE__ size);
void *_lwip_calloc(__SIZE_TYPE__ n, __SIZE_TYPE__ size);
void _lwip_free(void *p);
#define mem_clib_malloc		_lwip_malloc
#define mem_clib_calloc		_lwip_calloc
#define mem_clib_free		_lwip_free
#define MEM_ALIGNMENT		8
#define MEMP_NUM_PBUF		256
/* PBUF_POOL: lwIP's own receive pool, which nothing here uses much
 * (network devices receive into netif.c's buffers, from the heap, and
 * the loopback interface copies into PBUF_RAM): kept small, it is static
 * memory in every image with sockets. */
#define PBUF_POOL_SIZE		16
/* lwIP's sanity check wants the TCP window to fit in PBUF_POOL; received
 * data is in netif.c's buffers here, so the check does not apply. */
#define LWIP_DISABLE_TCP_SANITY_CHECKS 1
#define PBUF_POOL_BUFSIZE	LWIP_MEM_ALIGN_SIZE(TCP_MSS + 40 + 14 + 4)
/* lwIP's own cyclic timers, plus room for the application's. */
#define MEMP_NUM_SYS_TIMEOUT	(LWIP_NUM_SYS_TIMEOUT_INTERNAL + 8)
/* Room in front of every pbuf a driver may need (virtio-net's header). */
#define PBUF_LINK_ENCAPSULATION_HLEN 16

#define LWIP_STATS		0
/* No checksum while copying the application's data in (tcp_write): with
 * transmit checksum offload (netif.c) that sum would be thrown away, and
 * without it tcp_output sums the segment instead, at the same cost. */
#define LWIP_CHECKSUM_ON_COPY	0
/* Upstream's checksum that sums 8 bytes per step (the default sums 2):
 * every IPv4 header is summed twice per round trip, and whole segments
 * where the device does not offload. */
#define LWIP_CHKSUM_ALGORITHM	3
/* Checksum checks per interface: off for TCP and UDP where the device
 * checks them (netif.c checks the frames it did not mark). */
#define LWIP_CHECKSUM_CTRL_PER_NETIF 1

/* The hook patches/0001 adds to sockets.c's event callback: socket @s's
 * readiness changed. The socket layer above (uksock) sets the function
 * and wakes the pollers of the socket's file. */
extern void (*lwip_socket_event_fn)(int s);
#define LWIP_HOOK_SOCKET_EVENT(s) \
	do { if (lwip_socket_event_fn) lwip_socket_event_fn(s); } while (0)

/* Initial sequence numbers as RFC 6528 asks (tcp_isn.c): lwIP's own are
 * a counter, which lets an off-path host predict a connection's numbers
 * and inject into it. */
struct ip_addr;
__UINT32_TYPE__ lwip_tcp_isn(const struct ip_addr *local_ip,
			     __UINT16_TYPE__ local_port,
			     const struct ip_addr *remote_ip,
			     __UINT16_TYPE__ remote_port);
#define LWIP_HOOK_TCP_ISN(lip, lport, rip, rport) \
	lwip_tcp_isn(lip, lport, rip, rport)

#endif

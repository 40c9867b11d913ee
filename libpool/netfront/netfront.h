/* netfront: the device structure shared by the control path
 * (netfront.c), the xenstore handshake (xenbus.c), receive (rx.c) and
 * transmit (tx.c); the ring layouts of Xen's io/netif.h and io/ring.h
 * (public ABI, written out here). */
#ifndef _NETFRONT_H
#define _NETFRONT_H

#include <stdint.h>
#include <uk/netdev_driver.h>
#include <uk/plat/dma.h>
#include <uk/plat/irq.h>
#include <uk/plat/xen.h>

#define NF_PAGE		4096U
#define NF_RING		256U	/* entries per ring: both fit a page */

/* io/ring.h: the shared ring header; entries from byte 64. */
struct nf_sring_hdr {
	uint32_t req_prod, req_event;
	uint32_t rsp_prod, rsp_event;
	uint8_t pad[48];
};

/* io/netif.h */
struct nf_tx_req {
	uint32_t gref;
	uint16_t offset;
	uint16_t flags;		/* NETTXF_* */
	uint16_t id;
	uint16_t size;		/* first request: the whole frame */
};
#define NETTXF_csum_blank	0x1
#define NETTXF_data_validated	0x2
#define NETTXF_more_data	0x4

struct nf_tx_rsp {
	uint16_t id;
	int16_t status;
};

struct nf_rx_req {
	uint16_t id;
	uint16_t pad;
	uint32_t gref;
};

struct nf_rx_rsp {
	uint16_t id;
	uint16_t offset;
	uint16_t flags;		/* NETRXF_* */
	int16_t status;		/* > 0: bytes; < 0: error */
};
#define NETRXF_data_validated	0x1
#define NETRXF_csum_blank	0x2
#define NETRXF_more_data	0x4
#define NETRXF_extra_info	0x8

#define NETIF_RSP_NULL		1

struct nf_tx_sring {
	struct nf_sring_hdr h;
	union {
		struct nf_tx_req req;
		struct nf_tx_rsp rsp;
	} ring[NF_RING];
};
_Static_assert(sizeof(struct nf_tx_sring) <= NF_PAGE, "tx ring fits a page");

struct nf_rx_sring {
	struct nf_sring_hdr h;
	union {
		struct nf_rx_req req;
		struct nf_rx_rsp rsp;
	} ring[NF_RING];
};
_Static_assert(sizeof(struct nf_rx_sring) <= NF_PAGE, "rx ring fits a page");

struct nf_slot {
	struct uk_netbuf *nb;	/* rx: the buffer; tx: the frame, on its
				 * last request only */
	ukplat_dma_addr_t gref;
	uint16_t len;		/* granted bytes (tx) */
};

struct netfront {
	struct uk_netdev dev;
	unsigned int id;		/* device/vif/<id> */
	char path[32];			/* "device/vif/<id>" */
	char backend[96];		/* the backend's xenstore path */
	unsigned int backend_id;	/* its domain */
	unsigned int port;		/* event channel */
	struct nf_tx_sring *txs;
	struct nf_rx_sring *rxs;
	ukplat_dma_addr_t tx_ref, rx_ref;
	uint32_t tx_prod, tx_cons;	/* requests made, responses taken */
	uint32_t rx_prod, rx_cons;
	uint16_t tx_free[NF_RING];	/* free tx ids, a stack */
	unsigned int ntx_free;
	struct nf_slot tx[NF_RING];	/* by id */
	struct nf_slot rx[NF_RING];	/* by ring index */
	volatile int armed;		/* rx interrupt wanted */
	uint8_t intr, rx_offload, tx_offload, connected;
};

#define NF(d) ((struct netfront *)(d))

/* xenbus.c */
int _netfront_read_config(struct netfront *nf);
int _netfront_connect(struct netfront *nf);

/* rx.c */
int _netfront_rx_fill(struct netfront *nf);
int _netfront_rx_burst(struct uk_netdev *d, uint16_t q,
		       struct uk_netbuf *nb[], uint16_t n);
int _netfront_rx_pending(const struct netfront *nf);
/* tx.c */
int _netfront_tx_burst(struct uk_netdev *d, uint16_t q,
		       struct uk_netbuf *nb[], uint16_t n);

/* Publishes requests up to @prod on a ring and says whether the backend
 * asked to hear of them (io/ring.h's push-and-check-notify). */
static inline int _netfront_push(struct nf_sring_hdr *h, uint32_t prod)
{
	uint32_t old = h->req_prod;

	__atomic_thread_fence(__ATOMIC_RELEASE);
	*(volatile uint32_t *)&h->req_prod = prod;
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	return (uint32_t)(prod - *(volatile uint32_t *)&h->req_event) <
	       (uint32_t)(prod - old);
}

#endif

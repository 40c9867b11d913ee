/* virtio-net (virtio 1.2, 5.1): the device structure shared by the
 * driver's control path (virtionet.c), receive (rx.c) and transmit
 * (tx.c). */
#ifndef _VIRTIONET_H
#define _VIRTIONET_H

#include <uk/netdev_driver.h>
#include <uk/plat/irq.h>
#include <uk/virtio.h>
#include <uk/virtqueue.h>

/* Feature bits. */
#define VIRTIO_NET_F_CSUM	0	/* device completes tx checksums */
#define VIRTIO_NET_F_GUEST_CSUM	1	/* rx: partial checksums allowed */
#define VIRTIO_NET_F_MTU	3
#define VIRTIO_NET_F_MAC	5
#define VIRTIO_NET_F_GUEST_TSO4	7	/* rx: coalesced TCP/IPv4 frames */
#define VIRTIO_NET_F_GUEST_TSO6	8
#define VIRTIO_NET_F_GUEST_ECN	9
#define VIRTIO_NET_F_MRG_RXBUF	15
#define VIRTIO_NET_F_STATUS	16

/* Device configuration offsets. */
#define VIRTIO_NET_C_MAC	0
#define VIRTIO_NET_C_STATUS	6
#define VIRTIO_NET_C_MTU	10
#define VIRTIO_NET_S_LINK_UP	1

/* The header in front of every frame (num_buffers with MRG_RXBUF or
 * VERSION_1 only: 12 bytes, else 10). */
struct virtio_net_hdr {
	uint8_t flags;		/* VIRTIO_NET_HDR_F_* */
	uint8_t gso_type;	/* 0: none */
	uint16_t hdr_len;
	uint16_t gso_size;
	uint16_t csum_start;
	uint16_t csum_offset;
	uint16_t num_buffers;
};

#define VIRTIO_NET_HDR_F_NEEDS_CSUM	1
#define VIRTIO_NET_HDR_F_DATA_VALID	2

#define VIRTIONET_RXQ	0
#define VIRTIONET_TXQ	1
#define VIRTIONET_BUFLEN 2048	/* receive buffers with MRG_RXBUF */

struct virtionet {
	struct uk_netdev dev;
	struct virtio_dev *vdev;	/* = &vdev_store */
	struct virtio_dev vdev_store;
	struct virtqueue *rxq, *txq;
	uint16_t hdrlen;	/* 10 or 12 */
	uint8_t split_hdr;	/* legacy without ANY_LAYOUT: own descriptor */
	uint8_t mrg;		/* MRG_RXBUF */
	uint8_t rx_offload;	/* consumer takes CSUM_PARTIAL/VALID frames */
	uint8_t intr;		/* receive interrupts wanted */
	uint8_t irq_on;		/* handler registered */
	uint16_t max_mtu;
};

#define VNET(d) ((struct virtionet *)(d))

extern const struct uk_netdev_ops _virtionet_ops;

/* rx.c */
int _virtionet_rx_fill(struct virtionet *v);
int _virtionet_rx_burst(struct uk_netdev *d, uint16_t q,
			struct uk_netbuf *nb[], uint16_t n);
/* tx.c */
int _virtionet_tx_burst(struct uk_netdev *d, uint16_t q,
			struct uk_netbuf *nb[], uint16_t n);

#endif

/*
 * Split virtqueues (virtio 1.2, 2.7): the descriptor table, the driver
 * (available) ring and the device (used) ring, with event-index
 * notification suppression. A driver adds buffer chains (each a list of
 * segments the device reads, then segments it writes) with a cookie,
 * publishes them in a batch with virtqueue_kick(), which notifies the
 * device only when it asked for it, and takes completed chains back
 * with virtqueue_get().
 *
 * One thread at a time per queue; the interrupt handler only reads
 * (virtqueue_pending). Addresses given to the device come from
 * virtqueue_bus_addr().
 */
#ifndef __UK_VIRTQUEUE_H__
#define __UK_VIRTQUEUE_H__

#include <stddef.h>
#include <stdint.h>
#include <uk/plat/dma.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_alloc;
struct virtio_dev;

struct vring_desc {
	uint64_t addr;
	uint32_t len;
	uint16_t flags;		/* VRING_DESC_F_* */
	uint16_t next;
};

#define VRING_DESC_F_NEXT	1
#define VRING_DESC_F_WRITE	2

struct vring_avail {
	uint16_t flags;		/* VRING_AVAIL_F_NO_INTERRUPT */
	uint16_t idx;
	uint16_t ring[];	/* then used_event */
};

#define VRING_AVAIL_F_NO_INTERRUPT	1

struct vring_used_elem {
	uint32_t id;
	uint32_t len;
};

struct vring_used {
	uint16_t flags;		/* VRING_USED_F_NO_NOTIFY */
	uint16_t idx;
	struct vring_used_elem ring[];	/* then avail_event */
};

#define VRING_USED_F_NO_NOTIFY	1

struct virtqueue {
	struct virtio_dev *dev;
	uint16_t index;		/* the queue's number on the device */
	uint16_t size;		/* descriptors, a power of two */
	struct vring_desc *desc;
	struct vring_avail *avail;
	struct vring_used *used;
	uint64_t desc_bus, avail_bus, used_bus;
	uint16_t free_head;	/* free descriptors, linked by .next */
	uint16_t nfree;
	uint16_t avail_idx;	/* ours, published by virtqueue_kick */
	uint16_t kicked_idx;	/* avail_idx at the last kick */
	uint16_t notified_idx;	/* avail_idx at the last notification */
	uint16_t last_used;	/* next used entry to take */
	uint8_t event_idx;	/* VIRTIO_F_RING_EVENT_IDX negotiated */
	uint8_t intr_on;	/* interrupts wanted (virtqueue_intr_enable) */
	void **cookie;		/* per head descriptor */
	uintptr_t notify_addr;	/* the transport's */
	void *mem;		/* the rings' block */
};

/* A segment of a buffer chain: @len bytes at bus address @addr. */
struct virtq_seg {
	uint64_t addr;
	uint32_t len;
};

/* The bus address at which the device reaches the @len bytes at @p,
 * which it reads or writes as @dir says (UKPLAT_DMA_TO_DEVICE, ...):
 * the platform's (uk/plat/dma.h); where the platform has no such call,
 * memory is mapped 1:1 (kvm's boot page tables). Virtio runs on
 * platforms whose mappings need no end (kvm), so nothing is unmapped. */
static inline uint64_t virtqueue_bus_addr(const void *p, uint32_t len,
					  unsigned int dir)
{
	ukplat_dma_addr_t a;

	if (ukplat_dma_map && ukplat_dma_map(p, len, 0, dir, &a) == 0)
		return a;
	return (uint64_t)(uintptr_t)p;
}

/* Creates queue @index of @d with at most @size descriptors (0: the
 * device's maximum; rounded down to a power of two; legacy PCI takes
 * the device's size) and gives it to the device. Interrupts start off.
 * -ENOENT (no such queue), -ENOMEM. */
int virtqueue_create(struct virtqueue **vq, struct virtio_dev *d,
		     uint16_t index, uint16_t size, struct uk_alloc *a);

/* Adds a chain: @nout segments the device reads, then @nin it writes;
 * @cookie (not NULL) comes back from virtqueue_get(). Not visible to the
 * device before virtqueue_kick(). -ENOSPC when fewer than @nout + @nin
 * descriptors are free. */
int virtqueue_add(struct virtqueue *vq, const struct virtq_seg *seg,
		  unsigned int nout, unsigned int nin, void *cookie);

/* Publishes what was added and notifies the device if it wants to hear
 * of any entry published since the last notification (event index) or
 * has not disabled notifications. Called with nothing new, it repairs a
 * notification lost to a race with the device. 1 when notified. */
int virtqueue_kick(struct virtqueue *vq);

/* Takes the next chain the device completed: its cookie, and in *@len
 * the bytes the device wrote; NULL when there is none. */
void *virtqueue_get(struct virtqueue *vq, uint32_t *len);

/* 1 when the device has completed chains not taken yet. */
static inline int virtqueue_pending(const struct virtqueue *vq)
{
	return *(volatile const uint16_t *)&vq->used->idx != vq->last_used;
}

/* Asks for an interrupt at the next completion: 0, or 1 when chains
 * are pending already (take them first: no interrupt comes for them). */
int virtqueue_intr_enable(struct virtqueue *vq);

/* Asks for no interrupts (a hint to the device; some may still come). */
void virtqueue_intr_disable(struct virtqueue *vq);

#ifdef __cplusplus
}
#endif

#endif /* __UK_VIRTQUEUE_H__ */

/* Split virtqueues: ring layout, buffer chains, notification suppression
 * with event indices (virtio 1.2, 2.7.7-2.7.10). */
#include <errno.h>
#include <string.h>
#include <uk/alloc.h>
#include <uk/assert.h>
#include <uk/virtio.h>
#include <uk/virtqueue.h>

#define ALIGN 4096UL	/* legacy devices find the used ring at this */
#define ROUND(x) (((x) + ALIGN - 1) & ~(ALIGN - 1))

/* Stores and loads the device sees: never cached in a register, never
 * torn. */
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))

static uint16_t *used_event(struct virtqueue *vq)
{
	return &vq->avail->ring[vq->size];
}

static uint16_t *avail_event(struct virtqueue *vq)
{
	return (uint16_t *)&vq->used->ring[vq->size];
}

/* The device wants a notification when its event index lies in
 * [old, new) (modulo 2^16). */
static int need_event(uint16_t event, uint16_t new, uint16_t old)
{
	return (uint16_t)(new - event - 1) < (uint16_t)(new - old);
}

int virtqueue_create(struct virtqueue **out, struct virtio_dev *d,
		     uint16_t index, uint16_t size, struct uk_alloc *a)
{
	uint16_t max = d->t->queue_max(d, index), i;
	struct virtqueue *vq;
	size_t ring, used;
	int rc;

	if (!max)
		return -ENOENT;
	if (d->t->fixed_queue_size || !size || size > max)
		size = max;
	while (size & (size - 1))	/* a power of two */
		size &= (uint16_t)(size - 1);
	vq = uk_calloc(a, 1, sizeof(*vq));
	if (!vq)
		return -ENOMEM;
	ring = ROUND(16UL * size + 6 + 2UL * size);
	used = ROUND(6 + 8UL * size);
	vq->mem = uk_memalign(a, ALIGN, ring + used);
	vq->cookie = uk_calloc(a, size, sizeof(void *));
	if (!vq->mem || !vq->cookie) {
		rc = -ENOMEM;
		goto fail;
	}
	memset(vq->mem, 0, ring + used);
	vq->dev = d;
	vq->index = index;
	vq->size = size;
	vq->desc = vq->mem;
	vq->avail = (struct vring_avail *)(vq->desc + size);
	vq->used = (struct vring_used *)((char *)vq->mem + ring);
	vq->desc_bus = virtqueue_bus_addr(vq->desc, (uint32_t)ring,
					  UKPLAT_DMA_BIDIR);
	vq->avail_bus = vq->desc_bus + 16UL * size;
	vq->used_bus = virtqueue_bus_addr(vq->used, (uint32_t)used,
					  UKPLAT_DMA_BIDIR);
	for (i = 0; i + 1 < size; i++)
		vq->desc[i].next = (uint16_t)(i + 1);
	vq->nfree = size;
	vq->event_idx = (uint8_t)virtio_has(d, VIRTIO_F_RING_EVENT_IDX);
	virtqueue_intr_disable(vq);
	rc = d->t->queue_setup(d, vq);
	if (rc < 0)
		goto fail;
	*out = vq;
	return 0;
fail:
	uk_free(a, vq->cookie);
	uk_free(a, vq->mem);
	uk_free(a, vq);
	return rc;
}

int virtqueue_add(struct virtqueue *vq, const struct virtq_seg *seg,
		  unsigned int nout, unsigned int nin, void *cookie)
{
	unsigned int n = nout + nin, i;
	uint16_t head = vq->free_head, d = head;

	UK_ASSERT(cookie);
	if (!n || n > vq->nfree)
		return -ENOSPC;
	for (i = 0; i < n; i++) {
		struct vring_desc *p = &vq->desc[d];

		p->addr = seg[i].addr;
		p->len = seg[i].len;
		p->flags = (uint16_t)((i >= nout ? VRING_DESC_F_WRITE : 0) |
				      (i + 1 < n ? VRING_DESC_F_NEXT : 0));
		d = p->next;
	}
	vq->free_head = d;
	vq->nfree = (uint16_t)(vq->nfree - n);
	vq->cookie[head] = cookie;
	vq->avail->ring[vq->avail_idx & (vq->size - 1)] = head;
	vq->avail_idx++;
	return 0;
}

int virtqueue_kick(struct virtqueue *vq)
{
	uint16_t new = vq->avail_idx, from = vq->notified_idx;
	int notify;

	if (vq->kicked_idx != new) {
		/* Ring entries before the index that publishes them. */
		__atomic_thread_fence(__ATOMIC_RELEASE);
		WRITE_ONCE(vq->avail->idx, new);
		vq->kicked_idx = new;
	}
	if (from == new)
		return 0;	/* the device has heard of everything */
	/* The index before reading whether the device wants to hear of
	 * it (a store-load order: a full fence). */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	/* Every entry since the last notification counts, not only those
	 * since the last kick: a device that asked for one we published
	 * without notifying (its request and our index crossed; QEMU 7.2's
	 * TCG drops the guest's fence above with one vCPU) hears of it at
	 * the next kick instead of waiting for good. The device's request
	 * lies at most a ring behind the index. */
	if ((uint16_t)(new - from) > vq->size)
		from = (uint16_t)(new - vq->size);
	if (vq->event_idx)
		notify = need_event(READ_ONCE(*avail_event(vq)), new, from);
	else
		notify = !(READ_ONCE(vq->used->flags) & VRING_USED_F_NO_NOTIFY);
	if (notify) {
		vq->notified_idx = new;
		vq->dev->t->notify(vq->dev, vq);
	}
	return notify;
}

void *virtqueue_get(struct virtqueue *vq, uint32_t *len)
{
	struct vring_used_elem e;
	uint16_t id, n = 1;
	void *cookie;

	if (READ_ONCE(vq->used->idx) == vq->last_used)
		return 0;
	/* The index before the entry it publishes. */
	__atomic_thread_fence(__ATOMIC_ACQUIRE);
	e = vq->used->ring[vq->last_used & (vq->size - 1)];
	vq->last_used++;
	if (vq->event_idx && !vq->intr_on)	/* keep it just behind */
		WRITE_ONCE(*used_event(vq), (uint16_t)(vq->last_used - 1));
	id = (uint16_t)e.id;
	/* A device that names a descriptor it was never given is broken:
	 * nothing can be trusted after that. */
	UK_ASSERT(e.id < vq->size && vq->cookie[id]);
	if (len)
		*len = e.len;
	cookie = vq->cookie[id];
	vq->cookie[id] = 0;
	/* The chain goes back on the free list in one piece. */
	while (vq->desc[id].flags & VRING_DESC_F_NEXT) {
		id = vq->desc[id].next;
		n++;
	}
	vq->desc[id].next = vq->free_head;
	vq->free_head = (uint16_t)e.id;
	vq->nfree = (uint16_t)(vq->nfree + n);
	return cookie;
}

int virtqueue_intr_enable(struct virtqueue *vq)
{
	vq->intr_on = 1;
	if (vq->event_idx)
		WRITE_ONCE(*used_event(vq), vq->last_used);
	WRITE_ONCE(vq->avail->flags, 0);
	/* The request before the check: a completion in between would
	 * otherwise go unnoticed. */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	return virtqueue_pending(vq);
}

void virtqueue_intr_disable(struct virtqueue *vq)
{
	vq->intr_on = 0;
	/* With event indices the flag is ignored: an event index just
	 * passed is only reached again after 2^16 completions. */
	if (vq->event_idx)
		WRITE_ONCE(*used_event(vq), (uint16_t)(vq->last_used - 1));
	WRITE_ONCE(vq->avail->flags, VRING_AVAIL_F_NO_INTERRUPT);
}

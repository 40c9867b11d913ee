/*
 * Network buffers (uknetdev): one frame, or one segment of a frame, in a
 * buffer with headroom, handed between a network stack and a NIC driver
 * without copying.
 *
 * A netbuf describes bytes it does not own: @buf/@buflen is the buffer,
 * @data/@len the payload inside it. Room before @data (headroom) lets a
 * layer prepend a header in place (uk_netbuf_push): drivers need some for
 * their own per-frame header (virtio-net's), stacks for Ethernet and IP.
 * Whoever allocates a netbuf sets @dtor, which releases it: the owner of
 * the memory is free to embed the netbuf in its own structure (lwIP's
 * pbuf_custom) and keep its own pointer in @priv.
 *
 * A frame can be a chain of segments linked by @next (its first segment
 * holds the frame's flags); drivers that report UK_NETDEV_F_TX_SG accept
 * chains on transmit, and drivers reporting UK_NETDEV_F_RX_MRG may return
 * chains on receive (a large frame over several receive buffers).
 */
#ifndef __UK_NETBUF_H__
#define __UK_NETBUF_H__

#include <errno.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_alloc;

/* Checksum flags (first segment of a frame). On transmit: the device is
 * to complete the checksum (the stack has stored the pseudo-header sum
 * in the checksum field; the device sums from @csum_start, relative to
 * @data, to the end and adds the result at @csum_start + @csum_offset).
 * Only with the UK_NETDEV_F_TX_CSUM offload enabled. On receive: the
 * frame never crossed a wire (it comes from the host's own stack) and
 * its L4 checksum field is not filled in: treat it as verified. */
#define UK_NETBUF_F_CSUM_PARTIAL	0x1
/* On receive: the device (or the host) verified the L4 checksum. Only
 * with the UK_NETDEV_F_RX_CSUM offload enabled. */
#define UK_NETBUF_F_CSUM_VALID		0x2

struct uk_netbuf {
	struct uk_netbuf *next;	/* next segment of this frame, or NULL */
	void *data;		/* first payload byte */
	uint32_t len;		/* payload bytes in this segment */
	uint16_t flags;		/* UK_NETBUF_F_* */
	uint16_t csum_start;	/* UK_NETBUF_F_CSUM_PARTIAL only */
	uint16_t csum_offset;
	uint16_t _pad;
	void *buf;		/* the buffer: data lies in [buf, buf+buflen) */
	uint32_t buflen;
	/* Releases this segment (not the ones after it): set by whoever
	 * allocated it; called by uk_netbuf_free(). */
	void (*dtor)(struct uk_netbuf *nb);
	void *priv;		/* the allocator's */
};

/* Describes @buflen bytes at @buf with @headroom bytes before the
 * (empty) payload; @dtor releases it, @priv is the caller's. */
static inline void uk_netbuf_init(struct uk_netbuf *nb, void *buf,
				  uint32_t buflen, uint32_t headroom,
				  void (*dtor)(struct uk_netbuf *nb),
				  void *priv)
{
	nb->next = 0;
	nb->buf = buf;
	nb->buflen = buflen;
	nb->data = (char *)buf + headroom;
	nb->len = 0;
	nb->flags = 0;
	nb->csum_start = nb->csum_offset = 0;
	nb->_pad = 0;
	nb->dtor = dtor;
	nb->priv = priv;
}

/* Allocates from @a one block holding a netbuf, @priv_len bytes for the
 * caller (at nb->priv, 16-byte aligned) and a @buflen-byte buffer aligned
 * to @align (a power of two, 0: 64), with @headroom bytes before the
 * payload; its dtor gives the block back to @a. NULL when out of memory
 * or @headroom > @buflen. */
struct uk_netbuf *uk_netbuf_alloc(struct uk_alloc *a, uint32_t buflen,
				  uint32_t align, uint32_t headroom,
				  uint32_t priv_len);

/* Computes in software the checksum a frame marked
 * UK_NETBUF_F_CSUM_PARTIAL asks for (csum_start/csum_offset, any number of
 * segments) and clears the flag: for a driver whose device cannot, or a
 * received frame the consumer wants complete. 0, or -EINVAL when the
 * field lies outside the frame or across two segments. */
int uk_netbuf_csum_complete(struct uk_netbuf *nb);

/* Marks a TCP or UDP frame (over IPv4 without fragmentation, or IPv6
 * without extension headers; one VLAN tag allowed; the headers in the
 * first segment) for the device to complete its checksum: stores the
 * pseudo-header sum in the checksum field and sets
 * UK_NETBUF_F_CSUM_PARTIAL, csum_start and csum_offset. For a stack
 * that sends with the UK_NETDEV_F_TX_CSUM offload. 0, or -ENOTSUP for
 * any other frame (the stack computes that checksum itself). */
int uk_netbuf_csum_prepare(struct uk_netbuf *nb);

/* Releases every segment of the frame @nb (through each one's dtor). */
static inline void uk_netbuf_free(struct uk_netbuf *nb)
{
	while (nb) {
		struct uk_netbuf *next = nb->next;

		nb->dtor(nb);
		nb = next;
	}
}

/* Bytes free before @data / after the payload. */
static inline uint32_t uk_netbuf_headroom(const struct uk_netbuf *nb)
{
	return (uint32_t)((char *)nb->data - (char *)nb->buf);
}

static inline uint32_t uk_netbuf_tailroom(const struct uk_netbuf *nb)
{
	return nb->buflen - uk_netbuf_headroom(nb) - nb->len;
}

/* Grows the payload by @n bytes at its front (a header goes there):
 * 0, or -ENOSPC when the headroom is smaller. */
static inline int uk_netbuf_push(struct uk_netbuf *nb, uint32_t n)
{
	if (uk_netbuf_headroom(nb) < n)
		return -ENOSPC;
	nb->data = (char *)nb->data - n;
	nb->len += n;
	return 0;
}

/* Drops @n bytes at the payload's front: 0, or -EINVAL when the
 * payload is shorter. */
static inline int uk_netbuf_pull(struct uk_netbuf *nb, uint32_t n)
{
	if (nb->len < n)
		return -EINVAL;
	nb->data = (char *)nb->data + n;
	nb->len -= n;
	return 0;
}

/* The length of the whole frame (every segment). */
static inline uint32_t uk_netbuf_frame_len(const struct uk_netbuf *nb)
{
	uint32_t n = 0;

	for (; nb; nb = nb->next)
		n += nb->len;
	return n;
}

#ifdef __cplusplus
}
#endif

#endif /* __UK_NETBUF_H__ */

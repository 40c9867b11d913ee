/*
 * The platform calls netfront makes besides xenstore (uk/plat/xen.h):
 * device memory (grants), interrupts (event channels) and event-channel
 * allocation. Declared here, with the signatures of the plat helper's
 * contracts (uk/plat/dma.h, uk/plat/irq.h) and two proposed uk/plat/xen.h
 * additions, until those headers are on main; weak: netfront reports
 * their absence instead of failing to link.
 */
#ifndef _NETFRONT_PLAT_H
#define _NETFRONT_PLAT_H

typedef unsigned long long ukplat_dma_addr_t;

#define UKPLAT_DMA_TO_DEVICE	0x1
#define UKPLAT_DMA_FROM_DEVICE	0x2
#define UKPLAT_DMA_BIDIR	0x3
#define UKPLAT_IRQ_NONE		0
#define UKPLAT_IRQ_HANDLED	1

int ukplat_dma_map(const void *buf, unsigned long len, unsigned int peer,
		   unsigned int dir, ukplat_dma_addr_t *addr)
	__attribute__((weak));
int ukplat_dma_unmap(ukplat_dma_addr_t addr, unsigned long len,
		     unsigned int peer) __attribute__((weak));
int ukplat_irq_register(unsigned int line, unsigned int flags,
			int (*handler)(void *arg), void *arg)
	__attribute__((weak));

/* Proposed for uk/plat/xen.h: a port of ours that domain @remote may
 * bind (EVTCHNOP_alloc_unbound): the port (>= 0) or a negative errno;
 * and an event on @port (EVTCHNOP_send). */
int xen_evtchn_alloc_unbound(unsigned int remote) __attribute__((weak));
int xen_evtchn_notify(unsigned int port) __attribute__((weak));

#endif

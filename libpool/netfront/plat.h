/*
 * The platform calls netfront makes: xenstore (uk/plat/xen.h), grants
 * (uk/plat/dma.h), its event channel's handler (uk/plat/irq.h), and the
 * event-channel calls the plat helper is adding to uk/plat/xen.h (same
 * signatures; declared here until they are on main): a port of ours that
 * domain @remote may bind (EVTCHNOP_alloc_unbound) and an event on @port
 * (EVTCHNOP_send), 0 or a negative errno. Weak, like the contracts' own:
 * netfront reports their absence instead of failing to link.
 */
#ifndef _NETFRONT_PLAT_H
#define _NETFRONT_PLAT_H

#include <uk/plat/dma.h>
#include <uk/plat/irq.h>

int xen_evtchn_alloc_unbound(unsigned int remote, unsigned int *port)
	__attribute__((weak));
int xen_evtchn_notify(unsigned int port) __attribute__((weak));

#endif

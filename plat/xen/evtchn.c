/*
 * Event channels as interrupt lines (uk/plat/irq.h; the line is the
 * port) and the channel operations of uk/plat/xen.h. Upcalls stay masked
 * (x86_64/time.c): handlers run from _xen_wait_event, the platform's only
 * wait, before it blocks (events that came meanwhile) and after
 * SCHEDOP_block returns, so they run when the domain waits
 * (ukplat_halt_to, xenstore), in the waiting code's context.
 * A registered port's pending bit is left alone by the wait's clearing of
 * every other port (_xen_evtchn_keep): it is cleared here, just before the
 * port's handlers run, so the next event on it sets it again and wakes
 * SCHEDOP_block. A masked port (counted) is masked in the shared info
 * too: its events stay pending, without upcall, until unmask runs its
 * handlers. A forced member reached through weak references: LTO drops it
 * from images that use neither.
 */
#include <errno.h>
#include <uk/plat/irq.h>
#include <uk/plat/xen.h>
#include "xen.h"
#include "../common/irqline.h"

#define MAX_PORTS		32
#define NR_PORTS		4096	/* 2-level ABI, 64-bit guest */
#define EVTCHNOP_bind_interdomain 0
#define EVTCHNOP_close		3
#define EVTCHNOP_alloc_unbound	6

struct port {
	unsigned int port;
	struct plat_irq_line h;
};

static struct port ports[MAX_PORTS];
static unsigned int nr_ports;
unsigned long _xen_evtchn_keep[NR_PORTS / 64];

static unsigned long bit(unsigned int port)
{
	return 1UL << (port % 64);
}

static struct port *find(unsigned int port)
{
	unsigned int i;

	for (i = 0; i < nr_ports; i++)
		if (ports[i].port == port && ports[i].h.n)
			return &ports[i];
	return 0;
}

/* Runs the handlers of every unmasked registered port that is pending;
 * returns how many ports. */
int _xen_evtchn_dispatch(void)
{
	volatile unsigned long *pending = _xen_shared->evtchn_pending;
	unsigned int i, n = 0;

	for (i = 0; i < nr_ports; i++) {
		struct port *p = &ports[i];

		if (!p->h.n || p->h.masks)
			continue;
		if (__atomic_fetch_and(&pending[p->port / 64], ~bit(p->port),
				       __ATOMIC_SEQ_CST) & bit(p->port)) {
			plat_irq_run(&p->h);
			n++;
		}
	}
	return (int)n;
}

static void xen_mask(unsigned int port, int on)
{
	unsigned long *m = &_xen_shared->evtchn_mask[port / 64];

	if (on)
		__atomic_fetch_or(m, bit(port), __ATOMIC_SEQ_CST);
	else
		__atomic_fetch_and(m, ~bit(port), __ATOMIC_SEQ_CST);
}

int ukplat_irq_register(unsigned int line, unsigned int flags,
			ukplat_irq_handler_t handler, void *arg)
{
	struct port *p = find(line);
	unsigned int i;
	int r;

	(void)flags;	/* events have no trigger mode */
	if (line >= NR_PORTS || !handler)
		return -EINVAL;
	if (!p) {
		for (i = 0; i < nr_ports && ports[i].h.n; i++)
			;
		if (i == MAX_PORTS)
			return -ENOSPC;
		if (i == nr_ports)
			nr_ports++;
		p = &ports[i];
		p->port = line;
		p->h.masks = 0;
	}
	if ((r = plat_irq_add(&p->h, handler, arg)))
		return r;
	_xen_evtchn_keep[line / 64] |= bit(line);
	if (!p->h.masks)
		xen_mask(line, 0);
	return 0;
}

int ukplat_irq_unregister(unsigned int line, ukplat_irq_handler_t handler,
			  void *arg)
{
	struct port *p = find(line);
	int r;

	if (!p)
		return -ENOENT;
	if ((r = plat_irq_del(&p->h, handler, arg)))
		return r;
	if (!p->h.n) {
		xen_mask(line, 1);
		_xen_evtchn_keep[line / 64] &= ~bit(line);
	}
	return 0;
}

void ukplat_irq_mask(unsigned int line)
{
	struct port *p = find(line);

	if (p && !p->h.masks++)
		xen_mask(line, 1);
}

void ukplat_irq_unmask(unsigned int line)
{
	struct port *p = find(line);

	if (!p || !p->h.masks || --p->h.masks)
		return;
	xen_mask(line, 0);
	if (__atomic_fetch_and(&_xen_shared->evtchn_pending[line / 64],
			       ~bit(line), __ATOMIC_SEQ_CST) & bit(line))
		plat_irq_run(&p->h);
}

static int evtchn_op(unsigned int cmd, void *arg)
{
	return (int)_xen_hc2(__HYPERVISOR_event_channel_op, cmd, arg);
}

int xen_evtchn_alloc_unbound(unsigned int remote, unsigned int *port)
{
	struct {
		uint16_t dom, remote_dom;
		uint32_t port;
	} op = { XEN_DOMID_SELF, (uint16_t)remote, 0 };
	int r = evtchn_op(EVTCHNOP_alloc_unbound, &op);

	if (!r)
		*port = op.port;
	return r;
}

int xen_evtchn_bind_interdomain(unsigned int remote, unsigned int rport,
				unsigned int *port)
{
	struct {
		uint16_t remote_dom;
		uint32_t remote_port, local_port;
	} op = { (uint16_t)remote, rport, 0 };
	int r = evtchn_op(EVTCHNOP_bind_interdomain, &op);

	if (!r)
		*port = op.local_port;
	return r;
}

int xen_evtchn_notify(unsigned int port)
{
	return (int)_xen_evtchn_send(port);
}

int xen_evtchn_close(unsigned int port)
{
	uint32_t p = port;

	return evtchn_op(EVTCHNOP_close, &p);
}

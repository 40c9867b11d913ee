/*
 * Kernel console: the PV console ring (io/console.h) that xenconsoled
 * reads, the only console a domU has on a release build of Xen. Output:
 * bytes into out[], a write barrier, out_prod, then an event to the
 * daemon; a full ring waits (SCHEDOP_yield) for the daemon. "\n" goes
 * out as "\r\n". HYPERVISOR_console_io (Xen's own serial line, debug
 * builds of Xen only) is used just when there is no ring.
 *
 * One ring carries stdout and stderr: the error stream's bytes go out
 * between two APC strings (ESC _ ... ESC \, which terminals ignore),
 * "\033_uk:2\033\\" before and "\033_uk:1\033\\" after, and `uklink run`
 * splits the streams again (docs/vfs.md, "The console").
 */
#include <errno.h>
#include <uk/plat/console.h>
#include "xen.h"

#define OUT_SIZE	sizeof(((struct xen_cons_interface *)0)->out)
#define IN_SIZE		sizeof(((struct xen_cons_interface *)0)->in)

static volatile struct xen_cons_interface *ring;
static uint32_t port;

void _xen_console_init(void)
{
	if (!_xen_si->console_mfn)
		return;		/* dom0: no ring */
	ring = _xen_pfn_to_va(_xen_mfn_to_pfn(_xen_si->console_mfn));
	port = _xen_si->console_evtchn;
}

static void yield(void)
{
	_xen_sched_op(XEN_SCHEDOP_yield, 0);
}

static void put(char c)
{
	uint32_t prod = ring->out_prod;

	while (prod - ring->out_cons >= OUT_SIZE) {
		/* Full: publish what we have, let the daemon run. */
		_xen_evtchn_send(port);
		yield();
	}
	ring->out[prod % OUT_SIZE] = c;
	_xen_wmb();		/* the byte before the index */
	ring->out_prod = prod + 1;
}

static void put_all(const char *buf, unsigned int len)
{
	unsigned int i;

	for (i = 0; i < len; i++) {
		if (buf[i] == '\n')
			put('\r');
		put(buf[i]);
	}
}

int ukplat_coutk(const char *buf, unsigned int len)
{
	if (!buf && len)
		return -EINVAL;
	if (!ring) {
		/* Best effort: a release Xen answers -EPERM to a domU. */
		_xen_hc3(__HYPERVISOR_console_io, XEN_CONSOLEIO_write, len, buf);
		return (int)len;
	}
	put_all(buf, len);
	_xen_evtchn_send(port);
	return (int)len;
}

int ukplat_coute(const char *buf, unsigned int len)
{
	static const char to_err[] = "\033_uk:2\033\\";
	static const char to_out[] = "\033_uk:1\033\\";

	if (!buf && len)
		return -EINVAL;
	if (!ring || !len)
		return ukplat_coutk(buf, len);
	put_all(to_err, sizeof(to_err) - 1);
	put_all(buf, len);
	put_all(to_out, sizeof(to_out) - 1);
	_xen_evtchn_send(port);
	return (int)len;
}

/* The ring ends in xenconsoled, which logs it or hands it to `xl
 * console`: the guest cannot tell a terminal from a log, and says no. */
int ukplat_cisatty(int fd)
{
	(void)fd;
	return 0;
}

int ukplat_cink(char *buf, unsigned int maxlen)
{
	uint32_t cons, prod;
	unsigned int n = 0;

	if (!buf && maxlen)
		return -EINVAL;
	if (!ring)
		return 0;
	cons = ring->in_cons;
	prod = ring->in_prod;
	_xen_rmb();	/* index before bytes */
	while (n < maxlen && cons != prod)
		buf[n++] = ring->in[cons++ % IN_SIZE];
	_xen_rmb();
	ring->in_cons = cons;
	if (n)
		_xen_evtchn_send(port);
	return (int)n;
}

/* Until the daemon has read everything, or about 2 s (it may be gone). */
void _xen_console_drain(void)
{
	unsigned long long until;
	unsigned int spins = 0;

	if (!ring)
		return;
	_xen_evtchn_send(port);
	until = _xen_shared ? _xen_system_time() + 2000000000ULL : 0;
	while (ring->out_cons != ring->out_prod) {
		if (until ? _xen_system_time() > until : ++spins > 1000000)
			break;
		yield();
	}
}

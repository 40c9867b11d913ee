/*
 * A minimal xenstore client (uk/plat/xen.h) over the shared ring of
 * io/xs_wire.h: requests go into req[] (req_prod), replies and watch
 * events come back in rsp[] (rsp_cons), each a struct xsd_sockmsg header
 * and a payload of at most 4096 bytes; every index update is followed by
 * an event to the daemon. Waiting blocks on events with a 100 ms timer as
 * a safety net.
 */
#include <errno.h>
#include <uk/plat/xen.h>
#include "xen.h"

#define XS_READ		2
#define XS_WATCH	4
#define XS_UNWATCH	5
#define XS_WRITE	11
#define XS_RM		13
#define XS_WATCH_EVENT	15
#define XS_ERROR	16
#define PAYLOAD_MAX	4096
#define RING_SIZE	1024
#define NR_EVENTS	8
#define EVENT_MAX	256
#define SAFETY_NS	100000000ULL

struct xs_msg {
	uint32_t type, req_id, tx_id, len;
};

static volatile struct xen_xs_interface *ring;
static uint32_t port, last_id;
static char payload[PAYLOAD_MAX + 1];

/* Watch events that came while waiting for a reply: "path\0token\0". */
static struct {
	char data[EVENT_MAX];
	unsigned int len;
} events[NR_EVENTS];
static unsigned int ev_first, ev_count;

static unsigned int slen(const char *s)
{
	unsigned int n = 0;

	while (s[n])
		n++;
	return n;
}

static int ring_init(void)
{
	if (ring)
		return 0;
	if (!_xen_si->store_mfn)
		return -ENODEV;
	ring = _xen_pfn_to_va(_xen_mfn_to_pfn(_xen_si->store_mfn));
	port = _xen_si->store_evtchn;
	return 0;
}

static void wait(unsigned long long until)
{
	unsigned long long t = _xen_system_time() + SAFETY_NS;

	_xen_wait_event(until && until < t ? until : t);
}

static void ring_write(const char *p, unsigned int len)
{
	while (len) {
		uint32_t prod = ring->req_prod, cons = ring->req_cons;
		unsigned int n = RING_SIZE - (prod - cons), i;

		if (!n) {
			_xen_evtchn_send(port);
			wait(0);
			continue;
		}
		if (n > len)
			n = len;
		if (n > RING_SIZE - prod % RING_SIZE)
			n = RING_SIZE - prod % RING_SIZE;
		for (i = 0; i < n; i++)
			ring->req[(prod + i) % RING_SIZE] = p[i];
		_xen_wmb();
		ring->req_prod = prod + n;
		p += n;
		len -= n;
	}
	_xen_evtchn_send(port);
}

/* Reads len bytes of replies; -ETIMEDOUT only if nothing came by until. */
static int ring_read(char *p, unsigned int len, unsigned long long until)
{
	while (len) {
		uint32_t cons = ring->rsp_cons, prod = ring->rsp_prod;
		unsigned int n = prod - cons, i;

		_xen_rmb();
		if (!n) {
			if (until && _xen_system_time() >= until)
				return -ETIMEDOUT;
			wait(until);
			continue;
		}
		if (n > len)
			n = len;
		if (n > RING_SIZE - cons % RING_SIZE)
			n = RING_SIZE - cons % RING_SIZE;
		for (i = 0; i < n; i++)
			p[i] = ring->rsp[(cons + i) % RING_SIZE];
		_xen_rmb();
		ring->rsp_cons = cons + n;
		_xen_evtchn_send(port);
		p += n;
		len -= n;
	}
	return 0;
}

/* The next message into payload (NUL-terminated); its header in *m. */
static int msg_read(struct xs_msg *m, unsigned long long until)
{
	int r = ring_read((char *)m, sizeof(*m), until);

	if (r)
		return r;
	if (m->len > PAYLOAD_MAX)
		return -EIO;	/* cannot resynchronise: give up */
	ring_read(payload, m->len, 0);
	payload[m->len] = '\0';
	return 0;
}

static void event_queue(const struct xs_msg *m)
{
	unsigned int i, n = m->len < EVENT_MAX ? m->len : EVENT_MAX;
	unsigned int slot = (ev_first + ev_count) % NR_EVENTS;

	if (ev_count == NR_EVENTS)
		return;		/* full: dropped */
	for (i = 0; i < n; i++)
		events[slot].data[i] = payload[i];
	events[slot].len = n;
	ev_count++;
}

static int errno_of(const char *name)
{
	static const struct {
		char name[10];
		int err;
	} map[] = {
		{ "ENOENT", ENOENT }, { "EACCES", EACCES }, { "EINVAL", EINVAL },
		{ "EEXIST", EEXIST }, { "EISDIR", EISDIR }, { "ENOSPC", ENOSPC },
		{ "E2BIG", E2BIG }, { "EAGAIN", EAGAIN }, { "ENOMEM", ENOMEM },
		{ "EROFS", EROFS }, { "EBUSY", EBUSY }, { "EPERM", EPERM },
		{ "ENOSYS", ENOSYS }, { "EISCONN", EISCONN },
		{ "ENOTEMPTY", ENOTEMPTY }, { "EQUOTA", EDQUOT },
	};
	unsigned int i, k;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		for (k = 0; map[i].name[k] && map[i].name[k] == name[k]; k++)
			;
		if (!map[i].name[k] && !name[k])
			return -map[i].err;
	}
	return -EIO;
}

/* One request: path + NUL, then extra (len bytes). Returns the reply's
 * payload length (payload[] holds it) or a negative errno. */
static int talk(uint32_t type, const char *path, const char *extra,
		unsigned int extra_len)
{
	unsigned int plen = slen(path) + 1;
	struct xs_msg m;
	int r;

	if ((r = ring_init()))
		return r;
	if (plen + extra_len > PAYLOAD_MAX)
		return -ENAMETOOLONG;
	m.type = type;
	m.req_id = ++last_id;
	m.tx_id = 0;
	m.len = plen + extra_len;
	ring_write((const char *)&m, sizeof(m));
	ring_write(path, plen);
	if (extra_len)
		ring_write(extra, extra_len);
	for (;;) {
		uint32_t id = m.req_id;

		if ((r = msg_read(&m, 0)))
			return r;
		if (m.type == XS_WATCH_EVENT) {
			event_queue(&m);
			m.req_id = id;
			continue;
		}
		if (m.req_id != id) {
			m.req_id = id;
			continue;	/* a stale reply */
		}
		if (m.type == XS_ERROR)
			return errno_of(payload);
		return (int)m.len;
	}
}

int xenstore_read(const char *path, char *buf, unsigned int size)
{
	int r = talk(XS_READ, path, 0, 0);
	unsigned int i;

	if (r < 0)
		return r;
	for (i = 0; size && i < size - 1 && i < (unsigned int)r; i++)
		buf[i] = payload[i];
	if (size)
		buf[i] = '\0';
	return r;
}

int xenstore_write(const char *path, const char *value)
{
	int r = talk(XS_WRITE, path, value, slen(value));

	return r < 0 ? r : 0;
}

int xenstore_rm(const char *path)
{
	int r = talk(XS_RM, path, 0, 0);

	return r < 0 ? r : 0;
}

int xenstore_watch(const char *path, const char *token)
{
	int r = talk(XS_WATCH, path, token, slen(token) + 1);

	return r < 0 ? r : 0;
}

int xenstore_unwatch(const char *path, const char *token)
{
	int r = talk(XS_UNWATCH, path, token, slen(token) + 1);

	return r < 0 ? r : 0;
}

static void copy_out(char *dst, unsigned int size, const char *src,
		     unsigned int avail)
{
	unsigned int i;

	if (!size)
		return;
	for (i = 0; i < size - 1 && i < avail && src[i]; i++)
		dst[i] = src[i];
	dst[i] = '\0';
}

int xenstore_wait_watch(char *path, unsigned int psize, char *token,
			unsigned int tsize, unsigned long long until)
{
	const char *d;
	unsigned int len, plen;
	struct xs_msg m;
	int r;

	if ((r = ring_init()))
		return r;
	while (!ev_count) {
		if ((r = msg_read(&m, until)))
			return r;
		if (m.type == XS_WATCH_EVENT)
			event_queue(&m);
	}
	d = events[ev_first].data;
	len = events[ev_first].len;
	plen = 0;
	while (plen < len && d[plen])
		plen++;
	copy_out(path, psize, d, plen);
	copy_out(token, tsize, d + plen + 1, plen < len ? len - plen - 1 : 0);
	ev_first = (ev_first + 1) % NR_EVENTS;
	ev_count--;
	return 0;
}

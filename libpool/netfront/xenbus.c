/* The xenstore side of a vif (Xen's io/netif.h, xenbus states): read the
 * backend's path, domain and our MAC; then write the ring references and
 * event channel, announce Connected and wait until the backend is
 * Connected too. Every wait is bounded. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/plat/time.h>
#include <uk/plat/xen.h>
#include <uk/print.h>
#include "netfront.h"

#define XB_INITWAIT	2
#define XB_CONNECTED	4
#define XB_CLOSING	5
#define WAIT_NS		10000000000ULL	/* 10 s for the backend */

static int read_key(const char *dir, const char *key, char *buf,
		    unsigned int size)
{
	char path[160];

	snprintf(path, sizeof(path), "%s/%s", dir, key);
	return xenstore_read(path, buf, size);
}

static int write_key(const char *dir, const char *key, const char *fmt,
		     unsigned long v)
{
	char path[160], val[32];

	snprintf(path, sizeof(path), "%s/%s", dir, key);
	snprintf(val, sizeof(val), fmt, v);
	return xenstore_write(path, val);
}

static int parse_mac(const char *s, uint8_t mac[6])
{
	char *e;
	int i;

	for (i = 0; i < 6; i++) {
		unsigned long b = strtoul(s, &e, 16);

		if (e == s || b > 255 || (i < 5 && *e != ':'))
			return -EINVAL;
		mac[i] = (uint8_t)b;
		s = e + 1;
	}
	return 0;
}

int _netfront_read_config(struct netfront *nf)
{
	char buf[96];
	int rc;

	rc = read_key(nf->path, "backend-id", buf, sizeof(buf));
	if (rc < 0)
		return rc;
	nf->backend_id = (unsigned int)strtoul(buf, 0, 10);
	rc = read_key(nf->path, "backend", nf->backend, sizeof(nf->backend));
	if (rc < 0)
		return rc;
	if (read_key(nf->path, "mac", buf, sizeof(buf)) < 0 ||
	    parse_mac(buf, nf->dev.hwaddr.addr) < 0) {
		uk_pr_err("netfront %s: no valid mac\n", nf->path);
		return -EINVAL;
	}
	nf->dev.mtu = 1500;
	if (read_key(nf->backend, "mtu", buf, sizeof(buf)) > 0) {
		unsigned long mtu = strtoul(buf, 0, 10);

		if (mtu >= 68 && mtu <= 1500)
			nf->dev.mtu = (uint16_t)mtu;
	}
	return 0;
}

/* The backend's xenbus state, or a negative errno. */
static int backend_state(struct netfront *nf)
{
	char buf[16];
	int rc = read_key(nf->backend, "state", buf, sizeof(buf));

	return rc < 0 ? rc : (int)strtol(buf, 0, 10);
}

/* Waits until the backend's state is at least @want. */
static int wait_backend(struct netfront *nf, int want)
{
	unsigned long long end = ukplat_monotonic_clock() + WAIT_NS;
	char path[160], ev[160], tok[16];
	int s, rc;

	snprintf(path, sizeof(path), "%s/state", nf->backend);
	rc = xenstore_watch(path, "nf");
	if (rc < 0)
		return rc;
	while ((s = backend_state(nf)) >= 0 && s < want) {
		rc = xenstore_wait_watch(ev, sizeof(ev), tok, sizeof(tok), end);
		if (rc < 0)
			break;
	}
	xenstore_unwatch(path, "nf");
	if (s < 0)
		return s;
	if (s < want) {
		uk_pr_err("netfront %s: backend state %d, waited for %d\n",
			  nf->path, s, want);
		return rc < 0 ? rc : -ETIMEDOUT;
	}
	return s >= XB_CLOSING ? -ENODEV : 0;
}

int _netfront_connect(struct netfront *nf)
{
	int rc;

	rc = wait_backend(nf, XB_INITWAIT);
	if (rc < 0)
		return rc;
	if ((rc = write_key(nf->path, "tx-ring-ref", "%lu",
			    (unsigned long)nf->tx_ref)) < 0 ||
	    (rc = write_key(nf->path, "rx-ring-ref", "%lu",
			    (unsigned long)nf->rx_ref)) < 0 ||
	    (rc = write_key(nf->path, "event-channel", "%lu", nf->port)) < 0 ||
	    (rc = write_key(nf->path, "request-rx-copy", "%lu", 1)) < 0 ||
	    (rc = write_key(nf->path, "feature-rx-notify", "%lu", 1)) < 0 ||
	    /* The backend fills in every checksum: we could not tell
	     * where a blank one is without parsing headers. */
	    (rc = write_key(nf->path, "feature-no-csum-offload", "%lu", 1)) < 0 ||
	    (rc = write_key(nf->path, "state", "%lu", XB_CONNECTED)) < 0)
		return rc;
	rc = wait_backend(nf, XB_CONNECTED);
	if (rc == 0)
		nf->connected = 1;
	return rc;
}

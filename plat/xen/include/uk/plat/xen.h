/*
 * Xen-only platform interfaces (plat/xen), for split drivers (netfront,
 * blkfront) and tests: event channels (at the end) and a minimal
 * xenstore client over the ring of start_info.store_mfn / store_evtchn.
 * The xenstore client is single-threaded and blocking: each call
 * sends one request and waits (SCHEDOP_block) for its reply. Watch events
 * that arrive meanwhile are queued (up to 8) for xenstore_wait_watch().
 * Relative paths are relative to the domain's home, /local/domain/<id>/.
 * Errors are negative errnos: the daemon's (ENOENT, EACCES, EINVAL,
 * EEXIST, ENOSPC, E2BIG, EAGAIN, ...), -ENAMETOOLONG for a path or value
 * over 4096 bytes, -EIO for a malformed reply, -ENODEV without a ring.
 */
#ifndef UK_PLAT_XEN_H
#define UK_PLAT_XEN_H

#ifdef __cplusplus
extern "C" {
#endif

/* Reads the value at path into buf (NUL-terminated; cut to size - 1
 * bytes). Returns the value's full length, or a negative errno. */
int xenstore_read(const char *path, char *buf, unsigned int size);

/* Writes value (a string) at path, creating it. Returns 0 or -errno. */
int xenstore_write(const char *path, const char *value);

/* Removes path and everything below it. Returns 0 or -errno. */
int xenstore_rm(const char *path);

/* Registers a watch on path (and below); token is handed back with every
 * event. The daemon fires each new watch once at once. 0 or -errno. */
int xenstore_watch(const char *path, const char *token);
int xenstore_unwatch(const char *path, const char *token);

/* Waits for the next watch event until `until` (ukplat_monotonic_clock()
 * nanoseconds; 0: no limit); copies its path and token (NUL-terminated,
 * cut to the sizes). Returns 0, -ETIMEDOUT, or a negative errno. */
int xenstore_wait_watch(char *path, unsigned int psize, char *token,
			unsigned int tsize, unsigned long long until);

/*
 * Event channels, for split drivers (netfront): the ports a frontend
 * shares with its backend. A port's interrupt handler is registered with
 * ukplat_irq_register(port, 0, handler, arg) (uk/plat/irq.h; the line is
 * the port). Errors are Xen's, as negative errnos.
 */
/* The domain id for "this domain" (DOMID_SELF). */
#define XEN_DOMID_SELF	0x7ff0U

/* Allocates a port that domain @remote may bind to (EVTCHNOP_alloc_unbound);
 * stores it in *port. 0 or -errno. */
int xen_evtchn_alloc_unbound(unsigned int remote, unsigned int *port);

/* Binds a local port to port @rport of domain @remote
 * (EVTCHNOP_bind_interdomain); stores it in *port. 0 or -errno. */
int xen_evtchn_bind_interdomain(unsigned int remote, unsigned int rport,
				unsigned int *port);

/* Signals the other end of @port (EVTCHNOP_send). 0 or -errno. */
int xen_evtchn_notify(unsigned int port);

/* Closes @port (EVTCHNOP_close); unregister its handlers first. */
int xen_evtchn_close(unsigned int port);

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_XEN_H */

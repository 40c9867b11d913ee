/*
 * Xen-only platform interfaces (plat/xen): a minimal xenstore client over
 * the ring of start_info.store_mfn / store_evtchn, for split drivers
 * (netfront, blkfront) and tests. Single-threaded and blocking: each call
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

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_XEN_H */

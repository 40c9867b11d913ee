/* State and helpers shared by the linuxu platform's files (private). */
#ifndef _LINUXU_H
#define _LINUXU_H

/* What every platform shares: _linuxu_tcb_init, _linuxu_memregion_add,
 * ... */
#include "../common/plat.h"

/* The process's arguments and environment as the kernel laid them on the
 * initial stack; argv[argc] and the environment's last entry are NULL.
 * Set by _linuxu_start before anything else runs. */
extern int _linuxu_argc;
extern char **_linuxu_argv;
extern char **_linuxu_envp;

/* Heap size in MiB from --uk-heap=MB, or 0: use LINUXU_HEAPMB. */
extern unsigned long _linuxu_heap_mb;

/* C entry, called by _start (entry.S) with the initial stack pointer
 * (pointing at argc). Never returns. */
void _linuxu_start(long *sp) __attribute__((noreturn));

/* Installs the crash handlers (crash.c). */
void _linuxu_crash_init(void);

/* Writes all of buf to fd, retrying short writes and EINTR; returns len or
 * a negative errno (console.c). */
int _linuxu_write_all(int fd, const char *buf, unsigned int len);

#endif /* _LINUXU_H */

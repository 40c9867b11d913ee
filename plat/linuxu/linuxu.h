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

/* The architecture's lines of a crash report (ARCH/ucontext.c), after
 * crash.c's line naming the signal: the registers from the signal's
 * ucontext and, where fault (the kernel raised sig), the exception as kvm
 * reports it. Written with _linuxu_crash_say or ukarch_crash_report.
 * Inlined into its one caller at link time (LTO): hello world stays the
 * size it was when it was one file. */
void _linuxu_crash_report(const void *ucontext, int sig, int fault)
	__attribute__((always_inline));

/* Writes one line of a crash report to stderr: LINUXU_CRASH_PREFIX, then
 * fmt formatted by vsniprintf (crash.c). */
#define LINUXU_CRASH_PREFIX	"[crash] "
void _linuxu_crash_say(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* Writes all of buf to fd, retrying short writes and EINTR; returns len or
 * a negative errno (console.c). */
int _linuxu_write_all(int fd, const char *buf, unsigned int len);

#endif /* _LINUXU_H */

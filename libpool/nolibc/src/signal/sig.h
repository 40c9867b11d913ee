/* nolibc's signal state (private). Signals 1..64 are bits 0..63 of an
 * unsigned long, as in the first word of glibc's sigset_t. */
#ifndef _NOLIBC_SIG_H
#define _NOLIBC_SIG_H

#include <signal.h>

#define _NOLIBC_SIGBIT(s)	(1UL << ((s) - 1))
/* What sigprocmask may not block. */
#define _NOLIBC_UNBLOCKABLE	(_NOLIBC_SIGBIT(SIGKILL) | _NOLIBC_SIGBIT(SIGSTOP))

struct _nolibc_sigact {
	void *handler;		/* SIG_DFL, SIG_IGN or a function */
	unsigned long mask;
	int flags;
};

extern struct _nolibc_sigact _nolibc_sigact[NSIG];
extern unsigned long _nolibc_sigblocked, _nolibc_sigpending;
/* Counts handler runs: the waits return when it moves. */
extern volatile unsigned long _nolibc_sigruns;

/* Delivers @sig: runs its action now, or marks it pending while it is
 * blocked (signal.c). */
void _nolibc_sigdeliver(int sig);
/* Delivers what is pending and no longer blocked. */
void _nolibc_sigflush(void);
/* Waits until @until (monotonic ns) or until a handler has run, expiring
 * interval timers on the way: 1 if a handler ran (itimer.c, reached
 * through a weak reference from the waits). */
int _nolibc_sig_sleep(unsigned long long until);

#endif

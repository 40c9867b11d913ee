#include <signal.h>
#include <stdlib.h>
#include <uk/plat/console.h>
#include <uk/plat/bootstrap.h>
#include "../signal/sig.h"

/* Present when the program uses signals (signal/signal.c): a SIGABRT
 * handler it installed runs first, as POSIX says; weak, so abort() alone
 * does not link the signal code. */
#pragma weak _nolibc_sigact
#pragma weak _nolibc_sigblocked
#pragma weak _nolibc_sigdeliver

/* Straight to the console: stdio may be what is broken. Whatever the
 * handler did, the end is the crash status (docs/architecture.md). */
void abort(void)
{
	void *h = _nolibc_sigact ? _nolibc_sigact[SIGABRT].handler : 0;

	if (h != (void *)SIG_DFL && h != (void *)SIG_IGN) {
		_nolibc_sigblocked &= ~(1UL << (SIGABRT - 1));
		_nolibc_sigdeliver(SIGABRT);
	}
	ukplat_coutk("abort()\n", 8);
	ukplat_crash();
}

#include <signal.h>
#include <stdlib.h>
#include <uk/plat/console.h>
#include <uk/plat/bootstrap.h>

/* Present when the program uses signals (signal/signal.c): a SIGABRT
 * handler then runs first, as POSIX says; weak, so abort() alone does
 * not link the signal code. */
void _nolibc_sigdeliver(int sig) __attribute__((weak));
extern unsigned long _nolibc_sigblocked __attribute__((weak));

/* Straight to the console: stdio may be what is broken. */
void abort(void)
{
	if (_nolibc_sigdeliver) {
		_nolibc_sigblocked &= ~(1UL << (SIGABRT - 1));
		_nolibc_sigdeliver(SIGABRT);
	}
	ukplat_coutk("abort()\n", 8);
	ukplat_crash();
}

/* Signal actions and delivery: one process, signals run synchronously
 * when raised (or when unblocked), and from the timer tick when an
 * interval timer expires (itimer.c). */
#include "sig.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/console.h>

struct _nolibc_sigact _nolibc_sigact[NSIG];
unsigned long _nolibc_sigblocked, _nolibc_sigpending;
volatile unsigned long _nolibc_sigruns;

static int bad(int sig)
{
	if (sig < 1 || sig >= NSIG) {
		errno = EINVAL;
		return 1;
	}
	return 0;
}

/* The default action: ignore, or end the program as a signal would, with
 * a message and status 128 + sig (what a shell shows). */
static void dfl(int sig)
{
	char msg[64];
	int n;

	switch (sig) {
	case SIGCHLD: case SIGCONT: case SIGURG: case SIGWINCH:
	case SIGSTOP: case SIGTSTP: case SIGTTIN: case SIGTTOU:
		return;
	}
	n = snprintf(msg, sizeof(msg), "\nterminated by signal %d (%s)\n",
		     sig, strsignal(sig));
	ukplat_coutk(msg, n);
	ukplat_terminate(128 + sig);
}

void _nolibc_sigdeliver(int sig)
{
	struct _nolibc_sigact *a = &_nolibc_sigact[sig];
	unsigned long saved = _nolibc_sigblocked;
	void *h = a->handler;
	siginfo_t info;

	if (_nolibc_sigblocked & _NOLIBC_SIGBIT(sig)) {
		_nolibc_sigpending |= _NOLIBC_SIGBIT(sig);
		return;
	}
	_nolibc_sigpending &= ~_NOLIBC_SIGBIT(sig);
	if (h == (void *)SIG_IGN)
		return;
	if (h == (void *)SIG_DFL) {
		dfl(sig);
		return;
	}
	_nolibc_sigblocked |= a->mask;
	if (!(a->flags & SA_NODEFER))
		_nolibc_sigblocked |= _NOLIBC_SIGBIT(sig);
	if (a->flags & SA_RESETHAND)
		a->handler = (void *)SIG_DFL;
	if (a->flags & SA_SIGINFO) {
		memset(&info, 0, sizeof(info));
		info.si_signo = sig;
		info.si_pid = getpid();
		((void (*)(int, siginfo_t *, void *))h)(sig, &info, NULL);
	} else {
		((sighandler_t)h)(sig);
	}
	_nolibc_sigruns++;
	_nolibc_sigblocked = saved;
	_nolibc_sigflush();
}

void _nolibc_sigflush(void)
{
	unsigned long ready;
	int sig;

	while ((ready = _nolibc_sigpending & ~_nolibc_sigblocked)) {
		sig = __builtin_ctzl(ready) + 1;
		_nolibc_sigdeliver(sig);
	}
}

int sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
	struct _nolibc_sigact *a;

	if (bad(sig))
		return -1;
	a = &_nolibc_sigact[sig];
	if (old) {
		memset(old, 0, sizeof(*old));
		old->sa_handler = (sighandler_t)a->handler;
		old->sa_mask.__val[0] = a->mask;
		old->sa_flags = a->flags;
	}
	if (act) {
		if (sig == SIGKILL || sig == SIGSTOP) {
			errno = EINVAL;
			return -1;
		}
		a->handler = (void *)act->sa_handler;
		a->mask = act->sa_mask.__val[0] & ~_NOLIBC_UNBLOCKABLE;
		a->flags = act->sa_flags;
	}
	return 0;
}

sighandler_t signal(int sig, sighandler_t handler)
{
	struct sigaction act = { .sa_handler = handler,
				 .sa_flags = SA_RESTART }, old;

	return sigaction(sig, &act, &old) ? SIG_ERR : old.sa_handler;
}

sighandler_t bsd_signal(int sig, sighandler_t handler)
	__attribute__((alias("signal")));

/* System V semantics: the action resets to SIG_DFL when it runs, and the
 * signal is not blocked meanwhile (glibc's __sysv_signal). */
sighandler_t sysv_signal(int sig, sighandler_t handler)
{
	struct sigaction act = { .sa_handler = handler,
				 .sa_flags = SA_RESETHAND | SA_NODEFER }, old;

	return sigaction(sig, &act, &old) ? SIG_ERR : old.sa_handler;
}

int raise(int sig)
{
	if (bad(sig))
		return -1;
	_nolibc_sigdeliver(sig);
	return 0;
}

int kill(pid_t pid, int sig)
{
	if (pid != 0 && pid != -1 && pid != getpid()) {
		errno = ESRCH;
		return -1;
	}
	if (sig == 0)
		return 0;
	return raise(sig);
}

int killpg(pid_t pgrp, int sig)
{
	return kill(pgrp == 1 ? 0 : pgrp, sig);
}

int sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
	unsigned long v;

	if (old) {
		memset(old, 0, sizeof(*old));
		old->__val[0] = _nolibc_sigblocked;
	}
	if (!set)
		return 0;
	v = set->__val[0];
	switch (how) {
	case SIG_BLOCK: _nolibc_sigblocked |= v; break;
	case SIG_UNBLOCK: _nolibc_sigblocked &= ~v; break;
	case SIG_SETMASK: _nolibc_sigblocked = v; break;
	default:
		errno = EINVAL;
		return -1;
	}
	_nolibc_sigblocked &= ~_NOLIBC_UNBLOCKABLE;
	_nolibc_sigflush();
	return 0;
}

int sigpending(sigset_t *set)
{
	memset(set, 0, sizeof(*set));
	set->__val[0] = _nolibc_sigpending;
	return 0;
}

int sigsuspend(const sigset_t *mask)
{
	unsigned long saved = _nolibc_sigblocked, runs = _nolibc_sigruns;

	_nolibc_sigblocked = mask->__val[0] & ~_NOLIBC_UNBLOCKABLE;
	_nolibc_sigflush();
	while (_nolibc_sigruns == runs)
		_nolibc_sig_sleep(~0ULL);
	_nolibc_sigblocked = saved;
	_nolibc_sigflush();
	errno = EINTR;
	return -1;
}

int pause(void)
{
	unsigned long runs = _nolibc_sigruns;

	while (_nolibc_sigruns == runs)
		_nolibc_sig_sleep(~0ULL);
	errno = EINTR;
	return -1;
}

/* There is one stack per thread and no separate signal stack. */
int sigaltstack(const stack_t *ss, stack_t *old)
{
	(void)ss;
	if (old)
		*old = (stack_t){ .ss_flags = SS_DISABLE };
	return 0;
}

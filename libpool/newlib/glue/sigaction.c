/* POSIX sigaction over newlib's signal table (newlib's signal() and
 * raise(): raise calls the handler that signal() registered), with glibc's
 * struct sigaction and Linux's SA_* values (patches/0007-signal-linux-
 * values.patch), for newlib's applications and glibc-ABI objects alike.
 * newlib's raise() resets a handler to SIG_DFL before calling it (System
 * V's signal()); a handler set here stays installed, as POSIX's sigaction
 * wants, unless SA_RESETHAND. SA_SIGINFO handlers get a siginfo_t naming
 * the signal, sent by the program itself (SI_USER, pid 1). */
#include <errno.h>
#include <signal.h>

static struct sigaction acts[NSIG];

static void deliver(int sig)
{
	struct sigaction a = acts[sig];

	if (a.sa_flags & SA_RESETHAND)
		acts[sig].sa_handler = SIG_DFL;
	else
		signal(sig, deliver);
	if (a.sa_flags & SA_SIGINFO) {
		siginfo_t si = { .si_signo = sig, .si_code = SI_USER };

		si.si_pid = 1;
		a.sa_sigaction(sig, &si, 0);
	} else {
		a.sa_handler(sig);
	}
}

int sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
	_sig_func_ptr prev, h;

	if (sig <= 0 || sig >= NSIG ||
	    (act && (sig == SIGKILL || sig == SIGSTOP))) {
		errno = EINVAL;
		return -1;
	}
	h = act ? act->sa_handler : SIG_DFL;
	prev = signal(sig, h == SIG_DFL || h == SIG_IGN ? h : deliver);
	if (!act)
		signal(sig, prev);
	if (old) {
		if (prev == deliver)
			*old = acts[sig];
		else
			*old = (struct sigaction){ .sa_handler = prev };
	}
	if (act)
		acts[sig] = *act;
	return 0;
}

/* Signal sets and the signal mask. newlib's sigset_t is one word (bit n
 * for signal n, as its header macros have it); in glibc's 128-byte
 * sigset_t that is the first word, which is all these read and write.
 * The mask is recorded (sigprocmask, and glibc's sigsetjmp/siglongjmp
 * keep it), but raise() runs a handler whether or not its signal is
 * blocked: there are no asynchronous signals to hold back. */
#include <errno.h>
#include <signal.h>

#undef sigemptyset
#undef sigfillset
#undef sigaddset
#undef sigdelset
#undef sigismember

static sigset_t blocked;

static int bad(int sig)
{
	if (sig > 0 && sig < NSIG)
		return 0;
	errno = EINVAL;
	return 1;
}

int sigemptyset(sigset_t *s)
{
	*s = 0;
	return 0;
}

int sigfillset(sigset_t *s)
{
	*s = ~(sigset_t)0;
	return 0;
}

int sigaddset(sigset_t *s, const int sig)
{
	if (bad(sig))
		return -1;
	*s |= (sigset_t)1 << sig;
	return 0;
}

int sigdelset(sigset_t *s, const int sig)
{
	if (bad(sig))
		return -1;
	*s &= ~((sigset_t)1 << sig);
	return 0;
}

int sigismember(const sigset_t *s, int sig)
{
	if (bad(sig))
		return -1;
	return (*s >> sig) & 1;
}

int sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
	sigset_t now = blocked;

	if (set) {
		if (how == SIG_BLOCK)
			now |= *set;
		else if (how == SIG_UNBLOCK)
			now &= ~*set;
		else if (how == SIG_SETMASK)
			now = *set;
		else {
			errno = EINVAL;
			return -1;
		}
	}
	if (old)
		*old = blocked;
	blocked = now & ~((sigset_t)1 << SIGKILL | (sigset_t)1 << SIGSTOP);
	return 0;
}

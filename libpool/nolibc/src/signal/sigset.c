#include <errno.h>
#include <signal.h>
#include <string.h>

int sigemptyset(sigset_t *set)
{
	memset(set, 0, sizeof(*set));
	return 0;
}

int sigfillset(sigset_t *set)
{
	memset(set, 0, sizeof(*set));
	set->__val[0] = ~0UL;
	return 0;
}

static int bit(int sig, unsigned long *b)
{
	if (sig < 1 || sig >= NSIG) {
		errno = EINVAL;
		return -1;
	}
	*b = 1UL << (sig - 1);
	return 0;
}

int sigaddset(sigset_t *set, int sig)
{
	unsigned long b;

	if (bit(sig, &b))
		return -1;
	set->__val[0] |= b;
	return 0;
}

int sigdelset(sigset_t *set, int sig)
{
	unsigned long b;

	if (bit(sig, &b))
		return -1;
	set->__val[0] &= ~b;
	return 0;
}

int sigismember(const sigset_t *set, int sig)
{
	unsigned long b;

	if (bit(sig, &b))
		return -1;
	return !!(set->__val[0] & b);
}

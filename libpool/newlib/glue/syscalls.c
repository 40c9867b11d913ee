/* newlib's system calls on the uklink platform contract. newlib for
 * x86_64-elf calls the POSIX names (MISSING_SYSCALL_NAMES). Compiled by
 * build.sh against newlib's own headers (errno values, struct stat).
 * The fd and file calls (read, write, open, fstat, link, fcntl, ...) are
 * in their own members over vfscore (fd.h, docs/vfs.md), the clock calls
 * in time.c,
 * random bytes in entropy.c; here are the rest. No processes: those fail
 * with ENOSYS and say so. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <uk/plat/bootstrap.h>
#include "say.h"

static int fail(int e)
{
	errno = e;
	return -1;
}

static int no_processes(const char *call)
{
	glue_say(call, "", ": no processes in a unikernel (ENOSYS)");
	return fail(ENOSYS);
}

void _exit(int status)
{
	ukplat_terminate(status);
}

int getpid(void)
{
	return 1;
}

/* A signal to ourselves that no handler caught (newlib's raise() calls
 * this for SIG_DFL: abort(), arc4random's failure, raise(SIGTERM)) ends
 * the program as a crash, after naming the signal. */
int kill(int pid, int sig)
{
	char msg[80] = "signal ";
	char num[3] = { '0' + sig / 10 % 10, '0' + sig % 10, 0 };

	if (pid != 1 && pid != 0)
		return fail(ESRCH);
	if (sig < 0 || sig >= NSIG)
		return fail(EINVAL);
	if (sig == 0)
		return 0;
	strcat(msg, num[0] == '0' ? num + 1 : num);
	strcat(msg, " (");
	/* newlib calls SIGABRT "IOT trap", its other name */
	strncat(msg, sig == SIGABRT ? "Aborted" : strsignal(sig), 40);
	glue_say(msg, ") ends the program", "");
	ukplat_crash();
}

/* malloc is ours (malloc.c) and needs no program break. */
void *sbrk(ptrdiff_t incr)
{
	(void)incr;
	errno = ENOMEM;
	return (void *)-1;
}

int fork(void) { return no_processes("fork"); }

int execve(const char *p, char *const a[], char *const e[])
{
	(void)a, (void)e;
	glue_say("execve ", p, ": no processes in a unikernel (ENOSYS)");
	return fail(ENOSYS);
}

int wait(int *st) { (void)st; return fail(ECHILD); }

/* newlib's system calls on the uklink platform contract. newlib for
 * x86_64-elf calls the POSIX names (MISSING_SYSCALL_NAMES). Compiled by
 * build.sh against newlib's own headers (errno values, struct stat).
 * The fd and file calls (read, write, open, fstat, ...) are in their own
 * members over vfscore (fd.h, docs/vfs.md), the clock calls in time.c;
 * here are the rest. No processes: those fail with ENOSYS. */
#include <errno.h>
#include <signal.h>
#include <sys/time.h>
#include <sys/times.h>
#include <uk/plat/bootstrap.h>


static int fail(int e)
{
	errno = e;
	return -1;
}

void _exit(int status)
{
	ukplat_terminate(status);
}

int getpid(void)
{
	return 1;
}

/* abort() is raise(SIGABRT): a signal to ourselves is a crash. */
int kill(int pid, int sig)
{
	if (pid == 1 && sig != 0)
		ukplat_crash();
	return pid == 1 ? 0 : fail(ESRCH);
}

/* malloc is ours (malloc.c) and needs no program break. */
void *sbrk(ptrdiff_t incr)
{
	(void)incr;
	errno = ENOMEM;
	return (void *)-1;
}

/* ramfs has no hard links (and newlib's rename() needs one). */
int link(const char *a, const char *b) { (void)a, (void)b; return fail(ENOSYS); }
int fcntl(int fd, int cmd, ...) { (void)fd, (void)cmd; return fail(ENOSYS); }
int fork(void) { return fail(ENOSYS); }
int execve(const char *p, char *const a[], char *const e[]) { (void)p, (void)a, (void)e; return fail(ENOSYS); }
int wait(int *st) { (void)st; return fail(ECHILD); }
int getentropy(void *b, size_t n) { (void)b, (void)n; return fail(ENOSYS); }
clock_t times(struct tms *t) { (void)t; return (clock_t)fail(ENOSYS); }
int sigprocmask(int how, const sigset_t *s, sigset_t *o) { (void)how, (void)s, (void)o; return 0; }

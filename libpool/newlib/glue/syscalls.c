/* newlib's system calls on the uklink platform contract. newlib for
 * x86_64-elf calls the POSIX names (MISSING_SYSCALL_NAMES). Compiled by
 * build.sh against newlib's own headers (errno values, struct stat).
 * Console: fd 0 reads ukplat_cink (non-blocking: 0 means nothing yet),
 * fds 1 and 2 write ukplat_coutk. No files or processes yet: those fail
 * with ENOSYS until vfscore exists (phase 2). The clock calls: time.c. */
#include <errno.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/console.h>


static int fail(int e)
{
	errno = e;
	return -1;
}

int write(int fd, const void *buf, size_t len)
{
	int r;

	if (fd != 1 && fd != 2)
		return fail(EBADF);
	r = ukplat_coutk(buf, (unsigned int)len);
	return r < 0 ? fail(EIO) : r;
}

int read(int fd, void *buf, size_t len)
{
	int r;

	if (fd != 0)
		return fail(EBADF);
	r = ukplat_cink(buf, (unsigned int)len);
	return r < 0 ? fail(EIO) : r;
}

int isatty(int fd)
{
	return fd >= 0 && fd <= 2 ? 1 : (fail(EBADF), 0);
}

/* The console is a character device: newlib then line-buffers stdout. */
int fstat(int fd, struct stat *st)
{
	if (fd < 0 || fd > 2)
		return fail(EBADF);
	*st = (struct stat){ .st_mode = S_IFCHR };
	return 0;
}

int close(int fd)
{
	return fd >= 0 && fd <= 2 ? 0 : fail(EBADF);
}

off_t lseek(int fd, off_t off, int whence)
{
	(void)off, (void)whence;
	return fd >= 0 && fd <= 2 ? fail(ESPIPE) : fail(EBADF);
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

int open(const char *path, int flags, ...)
{
	(void)path, (void)flags;
	return fail(ENOSYS);
}

int stat(const char *path, struct stat *st)
{
	(void)path, (void)st;
	return fail(ENOSYS);
}

int unlink(const char *path) { (void)path; return fail(ENOSYS); }
int link(const char *a, const char *b) { (void)a, (void)b; return fail(ENOSYS); }
int mkdir(const char *p, mode_t m) { (void)p, (void)m; return fail(ENOSYS); }
int fcntl(int fd, int cmd, ...) { (void)fd, (void)cmd; return fail(ENOSYS); }
int fork(void) { return fail(ENOSYS); }
int execve(const char *p, char *const a[], char *const e[]) { (void)p, (void)a, (void)e; return fail(ENOSYS); }
int wait(int *st) { (void)st; return fail(ECHILD); }
int getentropy(void *b, size_t n) { (void)b, (void)n; return fail(ENOSYS); }
clock_t times(struct tms *t) { (void)t; return (clock_t)fail(ENOSYS); }
int sigprocmask(int how, const sigset_t *s, sigset_t *o) { (void)how, (void)s, (void)o; return 0; }

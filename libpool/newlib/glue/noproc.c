/* Calls that need other processes, which a unikernel has not: each says
 * what was attempted on the console and fails with ENOSYS (ECHILD for
 * the waits: there is no child). fork and execve are in syscalls.c, where
 * newlib's own system() finds them. */
#include <errno.h>
#include <stdio.h>
#include <sys/types.h>
#include <unistd.h>
#include "say.h"

struct rusage;
pid_t vfork(void);
pid_t waitpid(pid_t pid, int *status, int options);
pid_t wait3(int *status, int options, struct rusage *ru);
pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru);
int execvpe(const char *file, char *const argv[], char *const envp[]);
FILE *popen(const char *cmd, const char *mode);
int pclose(FILE *f);

/* "newlib: CALL WHAT: no processes in a unikernel (ENOSYS)" */
static int nosys(const char *call, const char *what)
{
	glue_say(call, what, ": no processes in a unikernel (ENOSYS)");
	errno = ENOSYS;
	return -1;
}

pid_t vfork(void)
{
	return nosys("vfork", "");
}

int execv(const char *p, char *const a[])
{
	(void)a;
	return nosys("execv ", p);
}

int execvp(const char *p, char *const a[])
{
	(void)a;
	return nosys("execvp ", p);
}

int execvpe(const char *p, char *const a[], char *const e[])
{
	(void)a, (void)e;
	return nosys("execvpe ", p);
}

int execl(const char *p, const char *a, ...)
{
	(void)a;
	return nosys("execl ", p);
}

int execlp(const char *p, const char *a, ...)
{
	(void)a;
	return nosys("execlp ", p);
}

int execle(const char *p, const char *a, ...)
{
	(void)a;
	return nosys("execle ", p);
}

FILE *popen(const char *cmd, const char *mode)
{
	(void)mode;
	nosys("popen ", cmd);
	return NULL;
}

/* popen() never gave a stream to close. */
int pclose(FILE *f)
{
	(void)f;
	errno = ECHILD;
	return -1;
}

static pid_t no_child(void)
{
	errno = ECHILD;
	return -1;
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	(void)pid, (void)status, (void)options;
	return no_child();
}

pid_t wait3(int *status, int options, struct rusage *ru)
{
	(void)status, (void)options, (void)ru;
	return no_child();
}

pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru)
{
	(void)pid, (void)status, (void)options, (void)ru;
	return no_child();
}

/* A unikernel runs one program: the calls that would start or wait for
 * another say what was attempted on stderr and fail with ENOSYS
 * (waiting: ECHILD, there is no child). Never silently. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static int nosys(const char *call, const char *what)
{
	fprintf(stderr, "%s(%s%s%s): no processes in a unikernel (ENOSYS)\n",
		call, what ? "\"" : "", what ? what : "", what ? "\"" : "");
	errno = ENOSYS;
	return -1;
}

pid_t fork(void)
{
	return nosys("fork", NULL);
}

pid_t vfork(void)
{
	return nosys("vfork", NULL);
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	(void)argv, (void)envp;
	return nosys("execve", path);
}

int execv(const char *path, char *const argv[])
{
	(void)argv;
	return nosys("execv", path);
}

int execvp(const char *file, char *const argv[])
{
	(void)argv;
	return nosys("execvp", file);
}

int execvpe(const char *file, char *const argv[], char *const envp[])
{
	(void)argv, (void)envp;
	return nosys("execvpe", file);
}

int execl(const char *path, const char *arg, ...)
{
	(void)arg;
	return nosys("execl", path);
}

int execlp(const char *file, const char *arg, ...)
{
	(void)arg;
	return nosys("execlp", file);
}

int execle(const char *path, const char *arg, ...)
{
	(void)arg;
	return nosys("execle", path);
}

/* system(NULL) asks whether there is a shell: there is none (0). */
int system(const char *cmd)
{
	if (!cmd)
		return 0;
	nosys("system", cmd);
	return -1;
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	(void)pid, (void)status, (void)options;
	errno = ECHILD;
	return -1;
}

pid_t wait(int *status)
{
	return waitpid(-1, status, 0);
}

pid_t wait3(int *status, int options, void *ru)
{
	(void)ru;
	return waitpid(-1, status, options);
}

pid_t wait4(pid_t pid, int *status, int options, void *ru)
{
	(void)ru;
	return waitpid(pid, status, options);
}

int posix_spawn(pid_t *pid, const char *path, const void *fa,
		const void *attr, char *const argv[], char *const envp[])
{
	(void)pid, (void)fa, (void)attr, (void)argv, (void)envp;
	nosys("posix_spawn", path);
	return ENOSYS;
}

int posix_spawnp(pid_t *pid, const char *file, const void *fa,
		 const void *attr, char *const argv[], char *const envp[])
{
	(void)pid, (void)fa, (void)attr, (void)argv, (void)envp;
	nosys("posix_spawnp", file);
	return ENOSYS;
}

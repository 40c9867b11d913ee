/* proc.c: subprocesses (fork/exec, no shell). */
#include "proc.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Exit status of a finished child; 128+N for a signal. */
int status_of(int ws)
{
	if (WIFEXITED(ws))
		return WEXITSTATUS(ws);
	if (WIFSIGNALED(ws))
		return 128 + WTERMSIG(ws);
	return -1;
}

/* Start argv with its stdout/stderr on out_fd/err_fd (-1: inherit).
 * Returns the pid, or -1 if it could not be executed. */
int spawn(char *const argv[], int out_fd, int err_fd)
{
	return spawn3(argv, -1, out_fd, err_fd);
}

int spawn3(char *const argv[], int in_fd, int out_fd, int err_fd)
{
	int p[2];
	if (pipe(p) < 0)
		return -1;
	fcntl(p[0], F_SETFD, FD_CLOEXEC);
	fcntl(p[1], F_SETFD, FD_CLOEXEC);
	pid_t pid = fork();
	if (pid < 0) {
		close(p[0]);
		close(p[1]);
		return -1;
	}
	if (pid == 0) {
		if (in_fd >= 0)
			dup2(in_fd, 0);
		if (out_fd >= 0)
			dup2(out_fd, 1);
		if (err_fd >= 0)
			dup2(err_fd, 2);
		execvp(argv[0], argv);
		int e = errno;
		ssize_t w = write(p[1], &e, sizeof(e));
		(void)w;
		_exit(127);
	}
	close(p[1]);
	int e = 0;
	ssize_t r;
	while ((r = read(p[0], &e, sizeof(e))) < 0 && errno == EINTR)
		;
	close(p[0]);
	if (r == (ssize_t)sizeof(e)) {
		int ws;
		waitpid(pid, &ws, 0);
		errno = e;
		return -1;
	}
	return pid;
}

int wait_child(int pid)
{
	int ws;
	while (waitpid(pid, &ws, 0) < 0)
		if (errno != EINTR)
			return -1;
	return status_of(ws);
}

int run_wait(char *const argv[])
{
	pid_t pid = spawn(argv, -1, -1);
	return pid < 0 ? -1 : wait_child(pid);
}

int spawn_piped(char *const argv[], int *out, int *err)
{
	return spawn_piped3(argv, -1, out, err);
}

int spawn_piped3(char *const argv[], int in_fd, int *out, int *err)
{
	int po[2], pe[2];
	*out = *err = -1;
	if (pipe(po) < 0)
		return -1;
	if (pipe(pe) < 0) {
		int e = errno;
		close(po[0]);
		close(po[1]);
		errno = e;
		return -1;
	}
	fcntl(po[0], F_SETFD, FD_CLOEXEC);
	fcntl(pe[0], F_SETFD, FD_CLOEXEC);
	pid_t pid = spawn3(argv, in_fd, po[1], pe[1]);
	/* the caller's report of a failed spawn reads errno after this */
	int e = errno;
	close(po[1]);
	close(pe[1]);
	errno = e;
	*out = po[0];
	*err = pe[0];
	return pid;
}

/* Read both pipes until EOF. */
int run_capture2(char *const argv[], char **out, char **err)
{
	int po, pe;
	*out = *err = NULL;
	pid_t pid = spawn_piped(argv, &po, &pe);
	if (po < 0)
		return -1;
	struct uk_buf b[2] = { { 0 }, { 0 } };
	struct pollfd fds[2] = { { po, POLLIN, 0 }, { pe, POLLIN, 0 } };
	int open_fds = pid < 0 ? 0 : 2;
	char tmp[65536];
	while (open_fds > 0) {
		if (poll(fds, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (int i = 0; i < 2; i++) {
			if (fds[i].fd < 0 || !fds[i].revents)
				continue;
			ssize_t r = read(fds[i].fd, tmp, sizeof(tmp));
			if (r > 0) {
				buf_add(&b[i], tmp, (size_t)r);
			} else if (r == 0 || errno != EINTR) {
				fds[i].fd = -1;
				open_fds--;
			}
		}
	}
	close(po);
	close(pe);
	*out = b[0].p ? b[0].p : xstrdup("");
	*err = b[1].p ? b[1].p : xstrdup("");
	return pid < 0 ? -1 : wait_child(pid);
}

void print_cmd(FILE *f, const char *prefix, char *const argv[])
{
	fputs(prefix, f);
	for (int i = 0; argv[i]; i++) {
		char *q = shell_quote(argv[i]);
		fprintf(f, "%s%s", i ? " " : "", q);
		free(q);
	}
	fputc('\n', f);
}

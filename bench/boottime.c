/*
 * boottime: runs a command and reports, in microseconds, when a marker
 * string first appeared on its standard output and when the command exited.
 * Usage: boottime MARKER CMD [ARG...]   -> prints "MARKER_US EXIT_US"
 * MARKER_US is -1 if the marker never appeared. Exit status: 0, or 1 when
 * the command could not be run.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>

static long long now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

int main(int argc, char *argv[])
{
	if (argc < 3) {
		fprintf(stderr, "usage: boottime MARKER CMD [ARG...]\n");
		return 2;
	}
	const char *marker = argv[1];
	size_t mlen = strlen(marker);
	int fd[2];
	if (pipe(fd) < 0)
		return perror("pipe"), 1;
	long long t0 = now_us();
	pid_t pid = fork();
	if (pid < 0)
		return perror("fork"), 1;
	if (pid == 0) {
		dup2(fd[1], 1);
		close(fd[0]);
		close(fd[1]);
		execvp(argv[2], argv + 2);
		perror(argv[2]);
		_exit(127);
	}
	close(fd[1]);
	/* Keep the last mlen-1 bytes so a marker split across reads is seen. */
	char buf[4096 + 256];
	size_t keep = 0;
	long long seen = -1;
	ssize_t n;
	while ((n = read(fd[0], buf + keep, 4096)) > 0) {
		size_t len = keep + (size_t)n;
		if (seen < 0 && memmem(buf, len, marker, mlen))
			seen = now_us() - t0;
		keep = mlen - 1 < len ? mlen - 1 : len;
		if (keep > 256)
			keep = 256;
		memmove(buf, buf + len - keep, keep);
	}
	int status;
	waitpid(pid, &status, 0);
	printf("%lld %lld\n", seen, now_us() - t0);
	return 0;
}

/*
 * httpfirst: starts a command (a QEMU boot) and measures the time from its
 * launch to the first "200 OK" answer to GET / from IP:PORT, for
 * bench/http.sh's "launch -> first 200".
 *
 * Usage: httpfirst IP PORT TIMEOUT_S CMD [ARG...]   (CMD's stdout: /dev/null)
 * Prints "PID MS" (the command's pid, left running, and the milliseconds
 * from fork to the first 200 answer's status line) or "PID -1" when
 * TIMEOUT_S passed without one. Every attempt is a fresh connection given
 * 20 ms to connect: the caller pins the guest's MAC address in the ARP
 * table, so a guest not up yet costs a lost SYN, not an ARP timeout.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static long long now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

/* One attempt: 1 when GET / answered 200 within the deadlines. */
static int try_get(const struct sockaddr_in *sa)
{
	static const char req[] = "GET / HTTP/1.0\r\nHost: bench\r\n\r\n";
	char buf[64];
	int ok = 0, fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	struct pollfd p = { .fd = fd, .events = POLLOUT };
	int err = 0;
	socklen_t len = sizeof(err);

	if (fd < 0)
		return 0;
	if (connect(fd, (const struct sockaddr *)sa, sizeof(*sa)) < 0 &&
	    errno != EINPROGRESS)
		goto out;
	if (poll(&p, 1, 20) != 1 ||
	    getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0 || err)
		goto out;
	if (write(fd, req, sizeof(req) - 1) != (ssize_t)(sizeof(req) - 1))
		goto out;
	p.events = POLLIN;
	if (poll(&p, 1, 2000) != 1)
		goto out;
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	if (n > 12) {
		buf[n] = 0;
		ok = strncmp(buf, "HTTP/1.", 7) == 0 && strncmp(buf + 9, "200", 3) == 0;
	}
out:
	close(fd);
	return ok;
}

int main(int argc, char *argv[])
{
	if (argc < 5) {
		fprintf(stderr, "usage: httpfirst IP PORT TIMEOUT_S CMD [ARG...]\n");
		return 2;
	}
	struct sockaddr_in sa = { .sin_family = AF_INET,
				  .sin_port = htons(atoi(argv[2])) };
	if (inet_pton(AF_INET, argv[1], &sa.sin_addr) != 1) {
		fprintf(stderr, "httpfirst: bad address %s\n", argv[1]);
		return 2;
	}
	long long limit = atoll(argv[3]) * 1000000LL;
	long long t0 = now_us();
	pid_t pid = fork();
	if (pid < 0)
		return perror("fork"), 1;
	if (pid == 0) {
		/* Our stdout is the caller's pipe: the command must not hold it. */
		int null = open("/dev/null", O_WRONLY);
		if (null >= 0)
			dup2(null, 1);
		execvp(argv[4], argv + 4);
		perror(argv[4]);
		_exit(127);
	}
	while (now_us() - t0 < limit) {
		long long t = now_us();
		if (try_get(&sa)) {
			printf("%d %lld\n", (int)pid, (now_us() - t0) / 1000);
			return 0;
		}
		/* At most one attempt per 5 ms. */
		t = 5000 - (now_us() - t);
		if (t > 0)
			usleep(t);
	}
	printf("%d -1\n", (int)pid);
	return 0;
}

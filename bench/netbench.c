/* The host side of bench/net.sh: measures a guest running
 * `sockprog bench PORT` (tests/net/sockprog.c).
 *
 *   netbench stream HOST PORT SECONDS
 *       sends to the sink (PORT+1) in 64 KiB writes for SECONDS, then
 *       half-closes and waits for the guest's count: prints
 *       "stream MBPS" (10^6 bytes per second the guest received, from the
 *       connect to its answer);
 *   netbench rr HOST PORT SIZE SECONDS
 *       request/response on the echo port: SIZE bytes out, SIZE back,
 *       one at a time, for SECONDS: prints "rr SIZE RATE" (round trips
 *       per second);
 *   netbench quit HOST PORT
 *       ends the guest's server.
 * Every wait is bounded (30 s). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define WAIT_MS	30000

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int dial(const char *host, int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
	struct timeval tv = { WAIT_MS / 1000, 0 };

	inet_pton(AF_INET, host, &a.sin_addr);
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (connect(fd, (struct sockaddr *)&a, sizeof(a))) {
		perror("netbench: connect");
		exit(1);
	}
	return fd;
}

static int stream(const char *host, int port, double secs)
{
	static char buf[65536];
	char line[32] = "";
	double t0 = now(), t1;
	int fd = dial(host, port + 1);
	ssize_t n;
	size_t got = 0;

	memset(buf, 'x', sizeof(buf));
	while (now() - t0 < secs)
		if (send(fd, buf, sizeof(buf), 0) <= 0) {
			perror("netbench: send");
			return 1;
		}
	shutdown(fd, SHUT_WR);
	while (got < sizeof(line) - 1 &&
	       (n = recv(fd, line + got, sizeof(line) - 1 - got, 0)) > 0)
		got += n;
	t1 = now();
	close(fd);
	if (!got) {
		fprintf(stderr, "netbench: no count from the guest\n");
		return 1;
	}
	printf("stream %.2f\n", strtoull(line, NULL, 10) / (t1 - t0) / 1e6);
	return 0;
}

static int rr(const char *host, int port, int size, double secs)
{
	static char buf[65536];
	double t0 = now(), t;
	long rounds = 0;
	int fd = dial(host, port), got;
	ssize_t n;

	memset(buf, 'r', size);
	do {
		if (send(fd, buf, size, 0) != size)
			return perror("netbench: send"), 1;
		for (got = 0; got < size; got += n) {
			n = recv(fd, buf, size - got, 0);
			if (n <= 0)
				return perror("netbench: recv"), 1;
		}
		rounds++;
		t = now();
	} while (t - t0 < secs);
	close(fd);
	printf("rr %d %.1f\n", size, rounds / (t - t0));
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 5 && !strcmp(argv[1], "stream"))
		return stream(argv[2], atoi(argv[3]), atof(argv[4]));
	if (argc == 6 && !strcmp(argv[1], "rr"))
		return rr(argv[2], atoi(argv[3]), atoi(argv[4]), atof(argv[5]));
	if (argc == 4 && !strcmp(argv[1], "quit")) {
		int fd = dial(argv[2], atoi(argv[3]));

		send(fd, "quit", 4, 0);
		close(fd);
		return 0;
	}
	fprintf(stderr, "usage: netbench stream HOST PORT SECONDS | rr HOST PORT SIZE SECONDS | quit HOST PORT\n");
	return 2;
}

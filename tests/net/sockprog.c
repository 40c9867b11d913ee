/* The socket-semantics program (docs/net.md, "Tests"): one POSIX program
 * that runs natively on the host and, compiled by a plain `cc -c`, as a
 * unikernel on every platform, talking to tests/net/peer.py on the host.
 * It prints a transcript that must be the same everywhere: only results
 * that POSIX fixes, never addresses, ports or timings.
 *
 *   sockprog client HOST ECHO SINK UDP CLOSED SOURCE [LOOPS]
 *       TCP echo with half-close, refused connect, EADDRINUSE,
 *       non-blocking connect + poll, UDP round trip, 16 MiB to the sink
 *       and 16 MiB from the source, each with a CRC-32, LOOPS (1000)
 *       sequential connections, 100 concurrent ones over epoll;
 *   sockprog serve PORT
 *       an echo server (one connection at a time, up to 100000, or until
 *       a connection sends "quit"), for the peer's sequential clients;
 *   sockprog bench PORT
 *       the benchmark's server (bench/net.sh): echo on PORT, and a sink
 *       on PORT+1 that counts what each connection sends and answers the
 *       count ("%llu\n") at its end of file; any number of connections at
 *       once, over epoll; ends when an echo connection sends "quit".
 *
 * Arguments of the form netdev.*=... are the unikernel's network
 * configuration (they reach main on kvm): skipped. Every wait is bounded
 * (poll time-outs), every loop by a count. Exit status 0 when all checks
 * held. */
#define _GNU_SOURCE	/* accept4 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#define WAIT_MS		60000	/* any one wait */
#define BIG		(16 * 1024 * 1024)
#define CONC		100

static int failed;
static const char *ename(int e);

#define CHECK(c, ...) do {						\
		if (!(c)) {						\
			int e_ = errno;					\
			printf("FAIL %s:%d: %s: ", __func__, __LINE__, #c); \
			printf(__VA_ARGS__);				\
			printf(" (errno %d %s)\n", e_, ename(e_));	\
			failed++;					\
		}							\
	} while (0)

static const char *ename(int e)
{
	switch (e) {
	case 0: return "0";
	case EAGAIN: return "EAGAIN";
	case EINPROGRESS: return "EINPROGRESS";
	case ECONNREFUSED: return "ECONNREFUSED";
	case EADDRINUSE: return "EADDRINUSE";
	case ECONNRESET: return "ECONNRESET";
	case ETIMEDOUT: return "ETIMEDOUT";
	case ENOTCONN: return "ENOTCONN";
	case EPIPE: return "EPIPE";
	case EBADF: return "EBADF";
	case EHOSTUNREACH: return "EHOSTUNREACH";
	case ENETUNREACH: return "ENETUNREACH";
	}
	return "other";
}

static struct sockaddr_in host_addr;

static struct sockaddr_in at(int port)
{
	struct sockaddr_in a = host_addr;

	a.sin_port = htons(port);
	return a;
}

static int wait_fd(int fd, short ev)
{
	struct pollfd p = { .fd = fd, .events = ev };

	return poll(&p, 1, WAIT_MS) == 1 ? p.revents : 0;
}

/* Writes all of @len bytes (blocking socket). */
static int put(int fd, const void *buf, size_t len)
{
	size_t done = 0;
	ssize_t n;

	while (done < len) {
		n = send(fd, (const char *)buf + done, len - done, 0);
		if (n <= 0)
			return -1;
		done += n;
	}
	return 0;
}

static int dial(int port)
{
	struct sockaddr_in a = at(port);
	struct timeval tv = { WAIT_MS / 1000, 0 };
	int fd = socket(AF_INET, SOCK_STREAM, 0), e;

	if (fd < 0)
		return -1;
	/* A blocking send that cannot finish fails after a wait, as a
	 * poll does: a stalled transfer ends with a FAIL line, not a hang
	 * until the test's timeout. */
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	if (connect(fd, (struct sockaddr *)&a, sizeof(a))) {
		e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

/* Reads until end of file, up to @cap bytes: the count, or -1. */
static long slurp(int fd, char *buf, size_t cap)
{
	size_t got = 0;
	ssize_t n;

	while (got < cap && wait_fd(fd, POLLIN)) {
		n = recv(fd, buf + got, cap - got, 0);
		if (n < 0)
			return -1;
		if (n == 0)
			return got;
		got += n;
	}
	return -1;
}

static void t_echo(int port)
{
	static const char msg[] = "hello through the stack, half-closed";
	char buf[128];
	int fd = dial(port);
	long n;

	CHECK(fd >= 0, "connect to echo");
	if (fd < 0)
		return;
	CHECK(put(fd, msg, sizeof(msg) - 1) == 0, "send");
	CHECK(shutdown(fd, SHUT_WR) == 0, "shutdown");
	n = slurp(fd, buf, sizeof(buf));
	CHECK(n == sizeof(msg) - 1 && !memcmp(buf, msg, n), "echo %ld", n);
	printf("echo: %ld bytes back after half-close\n", n);
	close(fd);
}

static void t_refused(int port)
{
	struct sockaddr_in a = at(port);
	int fd = socket(AF_INET, SOCK_STREAM, 0), r;

	r = connect(fd, (struct sockaddr *)&a, sizeof(a));
	printf("refused: connect %d %s\n", r, ename(r ? errno : 0));
	close(fd);
}

static void t_addrinuse(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t len = sizeof(a);
	int l = socket(AF_INET, SOCK_STREAM, 0), s, r;

	a.sin_addr.s_addr = htonl(INADDR_ANY);
	CHECK(bind(l, (struct sockaddr *)&a, sizeof(a)) == 0, "bind any");
	CHECK(listen(l, 4) == 0, "listen");
	CHECK(getsockname(l, (struct sockaddr *)&a, &len) == 0 &&
	      a.sin_port != 0, "getsockname");
	s = socket(AF_INET, SOCK_STREAM, 0);
	r = bind(s, (struct sockaddr *)&a, sizeof(a));
	printf("addrinuse: bind %d %s\n", r, ename(r ? errno : 0));
	close(s);
	close(l);
}

static void t_nonblock(int port)
{
	struct sockaddr_in a = at(port);
	int fd = socket(AF_INET, SOCK_STREAM, 0), r, err = -1, rev;
	socklen_t len = sizeof(err);

	CHECK(fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) == 0,
	      "O_NONBLOCK");
	r = connect(fd, (struct sockaddr *)&a, sizeof(a));
	printf("nonblock: connect %d %s\n", r,
	       r && errno == EINPROGRESS ? "EINPROGRESS" : "done at once");
	rev = wait_fd(fd, POLLOUT);
	CHECK(getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0,
	      "SO_ERROR");
	printf("nonblock: poll %s, SO_ERROR %s\n",
	       rev & POLLOUT ? "POLLOUT" : "nothing", ename(err));
	r = recv(fd, &err, 1, 0);
	printf("nonblock: recv %d %s\n", r, ename(r < 0 ? errno : 0));
	close(fd);
}

static void t_udp(int port)
{
	struct sockaddr_in a = at(port), from;
	socklen_t len;
	char buf[64];
	int fd = socket(AF_INET, SOCK_DGRAM, 0), i;
	ssize_t n = -1;

	/* UDP may be lost (the fault tests drop packets): a few tries. */
	for (i = 0; i < 20 && n != 5; i++) {
		struct pollfd p = { .fd = fd, .events = POLLIN };

		sendto(fd, "udp!!", 5, 0, (struct sockaddr *)&a, sizeof(a));
		if (poll(&p, 1, 1000) != 1)
			continue;
		len = sizeof(from);
		n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&from,
			     &len);
	}
	CHECK(n == 5 && !memcmp(buf, "udp!!", 5), "udp echo %zd", n);
	printf("udp: %zd bytes back\n", n);
	close(fd);
}

/* CRC-32 (zlib's), the peer's zlib.crc32. */
static unsigned int crc32(const unsigned char *p, size_t n, unsigned int c)
{
	static unsigned int t[256];
	unsigned int i, k, v;

	if (!t[1])
		for (i = 0; i < 256; i++) {
			for (v = i, k = 0; k < 8; k++)
				v = v & 1 ? 0xedb88320u ^ (v >> 1) : v >> 1;
			t[i] = v;
		}
	c = ~c;
	while (n--)
		c = t[(c ^ *p++) & 0xff] ^ (c >> 8);
	return ~c;
}

/* 16 MiB to the sink, which answers with the CRC-32 of what it got
 * ("%08x\n"). */
static void t_big(int port)
{
	static unsigned char buf[65536];
	unsigned int h = 0, got_h = 0;
	size_t i, done = 0;
	char line[16];
	long n;
	int fd = dial(port);

	CHECK(fd >= 0, "connect to sink");
	if (fd < 0)
		return;
	while (done < BIG && !failed) {
		for (i = 0; i < sizeof(buf); i++)
			buf[i] = (unsigned char)((done + i) * 7 + (done + i) / 65521);
		h = crc32(buf, sizeof(buf), h);
		CHECK(put(fd, buf, sizeof(buf)) == 0, "send at %zu", done);
		done += sizeof(buf);
	}
	CHECK(shutdown(fd, SHUT_WR) == 0, "shutdown");
	n = slurp(fd, line, sizeof(line) - 1);
	if (n > 0) {
		line[n] = '\0';
		got_h = (unsigned int)strtoul(line, NULL, 16);
	}
	CHECK(got_h == h, "sink hash %08x, ours %08x", got_h, h);
	printf("big: 16 MiB sent, hashes %s\n", got_h == h ? "match" : "differ");
	close(fd);
}

/* 16 MiB from the source: 256 blocks of 64 KiB, bytes 0..255 repeated,
 * each block's first 4 bytes its number (big endian). */
static void t_download(int port)
{
	static unsigned char buf[65536], want[65536];
	unsigned int h = 0, hw = 0, i;
	size_t got = 0;
	long n;
	int fd = dial(port);

	CHECK(fd >= 0, "connect to source");
	if (fd < 0)
		return;
	for (i = 0; i < 256; i++) {
		unsigned int j;

		for (j = 0; j < sizeof(want); j++)
			want[j] = (unsigned char)j;
		want[0] = i >> 24;
		want[1] = i >> 16;
		want[2] = i >> 8;
		want[3] = i;
		hw = crc32(want, sizeof(want), hw);
	}
	while (got <= BIG && wait_fd(fd, POLLIN)) {
		n = recv(fd, buf, sizeof(buf), 0);
		if (n <= 0)
			break;
		h = crc32(buf, n, h);
		got += n;
	}
	CHECK(got == BIG && h == hw, "got %zu, crc %08x, want %08x", got, h, hw);
	printf("big: 16 MiB received, hashes %s\n",
	       got == BIG && h == hw ? "match" : "differ");
	close(fd);
}

static void t_sequential(int port, int loops)
{
	int i, fd, ok = 0;
	char c;

	for (i = 0; i < loops; i++) {
		fd = dial(port);
		if (fd < 0)
			continue;
		if (put(fd, "s", 1) == 0 && shutdown(fd, SHUT_WR) == 0 &&
		    wait_fd(fd, POLLIN) && recv(fd, &c, 1, 0) == 1 && c == 's')
			ok++;
		close(fd);
	}
	CHECK(ok == loops, "%d of %d", ok, loops);
	printf("sequential: %d connections, %s\n", loops,
	       ok == loops ? "all echoed" : "some failed");
}

/* 100 connections at once: non-blocking connects, then epoll until each
 * has its echo. */
static void t_concurrent(int port)
{
	struct sockaddr_in a = at(port);
	struct epoll_event ev, evs[16];
	int fds[CONC], ep = epoll_create1(0), i, n, done = 0, rounds;
	char c;

	CHECK(ep >= 0, "epoll_create1");
	for (i = 0; i < CONC; i++) {
		fds[i] = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
		CHECK(fds[i] >= 0, "socket %d", i);
		if (connect(fds[i], (struct sockaddr *)&a, sizeof(a)) &&
		    errno != EINPROGRESS)
			CHECK(0, "connect %d", i);
		ev = (struct epoll_event){ .events = EPOLLOUT, .data.u32 = i };
		CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, fds[i], &ev) == 0, "add");
	}
	for (rounds = 0; done < 2 * CONC && rounds < 10000; rounds++) {
		n = epoll_wait(ep, evs, 16, WAIT_MS);
		if (n <= 0)
			break;
		for (i = 0; i < n; i++) {
			int k = evs[i].data.u32;

			if (evs[i].events & EPOLLOUT) {	/* connected: send */
				CHECK(send(fds[k], "c", 1, 0) == 1, "send %d", k);
				ev = (struct epoll_event){ .events = EPOLLIN,
							   .data.u32 = k };
				epoll_ctl(ep, EPOLL_CTL_MOD, fds[k], &ev);
				done++;
			} else if (recv(fds[k], &c, 1, 0) == 1 && c == 'c') {
				epoll_ctl(ep, EPOLL_CTL_DEL, fds[k], NULL);
				done++;
			}
		}
	}
	CHECK(done == 2 * CONC, "%d of %d steps", done, 2 * CONC);
	printf("concurrent: %d connections, %s\n", CONC,
	       done == 2 * CONC ? "all echoed" : "some failed");
	for (i = 0; i < CONC; i++)
		close(fds[i]);
	close(ep);
}

static int client(char **av, int ac)
{
	struct addrinfo h = { .ai_family = AF_INET, .ai_socktype = SOCK_STREAM,
			      .ai_flags = AI_NUMERICHOST }, *r;
	int loops = ac > 7 ? atoi(av[7]) : 1000;

	if (ac < 7 || getaddrinfo(av[1], NULL, &h, &r)) {
		printf("usage: sockprog client HOST ECHO SINK UDP CLOSED SOURCE [LOOPS]\n");
		return 2;
	}
	memcpy(&host_addr, r->ai_addr, sizeof(host_addr));
	freeaddrinfo(r);
	t_echo(atoi(av[2]));
	t_refused(atoi(av[5]));
	t_addrinuse();
	t_nonblock(atoi(av[2]));
	t_udp(atoi(av[4]));
	t_big(atoi(av[3]));
	t_download(atoi(av[6]));
	t_sequential(atoi(av[2]), loops);
	t_concurrent(atoi(av[2]));
	return 0;
}

/* Echoes each connection until its end of file; "quit" ends the server. */
static int serve(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET,
				 .sin_port = htons(port) };
	int l = socket(AF_INET, SOCK_STREAM, 0), one = 1, s, i, quit = 0;
	static char buf[65536];
	ssize_t n;

	setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(l, (struct sockaddr *)&a, sizeof(a)) || listen(l, 128)) {
		printf("serve: bind/listen failed: %s\n", ename(errno));
		return 1;
	}
	printf("serve: listening\n");
	fflush(stdout);
	for (i = 0; i < 100000 && !quit; i++) {
		s = accept(l, NULL, NULL);
		if (s < 0)
			continue;
		setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
		while ((n = recv(s, buf, sizeof(buf), 0)) > 0) {
			if (n == 4 && !memcmp(buf, "quit", 4))
				quit = 1;
			if (put(s, buf, n))
				break;
		}
		close(s);
	}
	printf("serve: %d connections\n", i);
	close(l);
	return 0;
}

/* bench: one epoll loop over two listeners and their connections. */
struct bconn {
	int fd, sink;
	unsigned long long count;
};

static int blisten(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET,
				 .sin_port = htons(port) };
	int l = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1;

	setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(l, (struct sockaddr *)&a, sizeof(a)) || listen(l, 128))
		return -1;
	return l;
}

/* Serves one readable connection: 0, or 1 when it is done. */
static int bserve(struct bconn *c, char *buf, size_t len, int *quit)
{
	char line[32];
	ssize_t n = recv(c->fd, buf, len, 0);

	if (n < 0)
		return errno != EAGAIN;
	if (n == 0) {
		if (c->sink) {
			n = snprintf(line, sizeof(line), "%llu\n", c->count);
			put(c->fd, line, n);
		}
		return 1;
	}
	if (c->sink) {
		c->count += n;
		return 0;
	}
	if (n == 4 && !memcmp(buf, "quit", 4))
		*quit = 1;
	return put(c->fd, buf, n) != 0;
}

static int bench(int port)
{
	static char buf[262144];
	struct epoll_event ev, evs[64];
	int ep = epoll_create1(0), l[2], i, n, one = 1, quit = 0, rounds;
	struct bconn *c;

	l[0] = blisten(port);
	l[1] = blisten(port + 1);
	if (l[0] < 0 || l[1] < 0) {
		printf("bench: bind/listen failed: %s\n", ename(errno));
		return 1;
	}
	for (i = 0; i < 2; i++) {
		ev = (struct epoll_event){ .events = EPOLLIN, .data.ptr = NULL };
		ev.data.u64 = i;	/* listeners: 0 and 1, connections: pointers */
		epoll_ctl(ep, EPOLL_CTL_ADD, l[i], &ev);
	}
	printf("bench: listening\n");
	fflush(stdout);
	for (rounds = 0; !quit && rounds < 100000000; rounds++) {
		n = epoll_wait(ep, evs, 64, -1);
		for (i = 0; i < n; i++) {
			if (evs[i].data.u64 < 2) {
				int k = evs[i].data.u64;
				int fd = accept4(l[k], NULL, NULL, SOCK_NONBLOCK);

				if (fd < 0 || !(c = calloc(1, sizeof(*c)))) {
					if (fd >= 0)
						close(fd);
					continue;
				}
				c->fd = fd;
				c->sink = k;
				setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one,
					   sizeof(one));
				ev = (struct epoll_event){ .events = EPOLLIN,
							   .data.ptr = c };
				epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
				continue;
			}
			c = evs[i].data.ptr;
			if (bserve(c, buf, sizeof(buf), &quit)) {
				close(c->fd);	/* leaves the epoll set */
				free(c);
			}
		}
	}
	printf("bench: done\n");
	return 0;
}

int main(int argc, char **argv)
{
	char *av[16];
	int ac = 0, i, r = 2;

	for (i = 1; i < argc && ac < 16; i++)
		if (strncmp(argv[i], "netdev.", 7))
			av[ac++] = argv[i];
	if (ac >= 1 && !strcmp(av[0], "client"))
		r = client(av, ac);
	else if (ac == 2 && !strcmp(av[0], "serve"))
		r = serve(atoi(av[1]));
	else if (ac == 2 && !strcmp(av[0], "bench"))
		r = bench(atoi(av[1]));
	else
		printf("usage: sockprog client HOST ECHO SINK UDP CLOSED SOURCE [LOOPS] | serve PORT | bench PORT\n");
	if (r == 0)
		printf(failed ? "FAILURE\n" : "SUCCESS\n");
	return r ? r : failed ? 1 : 0;
}

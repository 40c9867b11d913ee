/* Sockets as file descriptors inside one image, over the loopback
 * interface: address conversions and getaddrinfo (numbers, "localhost",
 * /etc/hosts written to the root filesystem), a non-blocking connect
 * finished with poll, accept, data both ways, FIONREAD, half-close,
 * EADDRINUSE, a refused connect, UDP, select, epoll over a socket and a
 * pipe (level and edge triggered), readv/writev, and a blocking echo
 * server thread moving 1 MiB with a checksum. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <uk/sched.h>
#include <uk/test.h>

#define PORT	7000
#define BIG	(1024 * 1024)

static struct sockaddr_in lo(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET,
				 .sin_port = htons(port) };

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

static void check_addresses(void)
{
	unsigned char a6[16];
	struct in_addr a4;
	char buf[INET6_ADDRSTRLEN];

	CHECK(inet_pton(AF_INET, "10.0.2.15", &a4) == 1);
	CHECK(a4.s_addr == htonl(0x0a00020f));
	CHECK(inet_pton(AF_INET, "10.0.2.015", &a4) == 0);
	CHECK(inet_pton(AF_INET, "1.2.3", &a4) == 0);
	CHECK(inet_pton(AF_INET6, "fe80::1:2", a6) == 1);
	CHECK(a6[0] == 0xfe && a6[1] == 0x80 && a6[13] == 1 && a6[15] == 2);
	CHECK(inet_pton(AF_INET6, "1::2::3", a6) == 0);
	CHECK(inet_pton(AF_INET6, "::ffff:1.2.3.4", a6) == 1);
	CHECK(!strcmp(inet_ntop(AF_INET6, a6, buf, sizeof(buf)),
		      "::ffff:1.2.3.4"));
	inet_pton(AF_INET6, "2001:db8:0:0:1:0:0:1", a6);
	CHECK(!strcmp(inet_ntop(AF_INET6, a6, buf, sizeof(buf)),
		      "2001:db8::1:0:0:1"));
	CHECK(inet_ntop(AF_INET6, a6, buf, 4) == NULL && errno == ENOSPC);
	CHECK(inet_addr("127.1") == htonl(0x7f000001));
	a4.s_addr = htonl(0xc0a80001);
	CHECK(!strcmp(inet_ntoa(a4), "192.168.0.1"));
}

static void check_names(void)
{
	struct addrinfo h = { .ai_family = AF_INET,
			      .ai_socktype = SOCK_STREAM }, *r;
	struct sockaddr_in *sin;
	char host[64], serv[16];
	int fd;

	CHECK(getaddrinfo("127.0.0.1", "8080", &h, &r) == 0);
	sin = (struct sockaddr_in *)r->ai_addr;
	CHECK(sin->sin_port == htons(8080) && r->ai_protocol == IPPROTO_TCP);
	CHECK(getnameinfo(r->ai_addr, r->ai_addrlen, host, sizeof(host), serv,
			  sizeof(serv), NI_NUMERICHOST | NI_NUMERICSERV) == 0);
	CHECK(!strcmp(host, "127.0.0.1") && !strcmp(serv, "8080"));
	freeaddrinfo(r);
	h.ai_flags = AI_NUMERICHOST;
	CHECK(getaddrinfo("example", NULL, &h, &r) == EAI_NONAME);
	h.ai_flags = 0;
	CHECK(getaddrinfo("localhost", "http", &h, &r) == 0);
	sin = (struct sockaddr_in *)r->ai_addr;
	CHECK(sin->sin_addr.s_addr == htonl(INADDR_LOOPBACK));
	CHECK(sin->sin_port == htons(80));
	freeaddrinfo(r);
	CHECK(getaddrinfo("localhost", "nosuchservice", &h, &r) ==
	      EAI_SERVICE);
	CHECK(!strcmp(gai_strerror(EAI_NONAME), "Name or service not known"));

	/* /etc/hosts from the file system */
	CHECK(mkdir("/etc", 0755) == 0);
	fd = open("/etc/hosts", O_CREAT | O_WRONLY, 0644);
	CHECK(fd >= 0);
	{
		static const char hosts[] = "# test\n127.0.0.1 localhost\n"
			"10.9.8.7  Server.test srv # the server\n";

		CHECK(write(fd, hosts, sizeof(hosts) - 1) ==
		      sizeof(hosts) - 1);
	}
	close(fd);
	h.ai_flags = AI_CANONNAME;
	CHECK(getaddrinfo("srv", "7", &h, &r) == 0);
	sin = (struct sockaddr_in *)r->ai_addr;
	CHECK(sin->sin_addr.s_addr == htonl(0x0a090807));
	CHECK(r->ai_canonname && !strcmp(r->ai_canonname, "Server.test"));
	CHECK(getnameinfo(r->ai_addr, r->ai_addrlen, host, sizeof(host), NULL,
			  0, 0) == 0 && !strcmp(host, "Server.test"));
	freeaddrinfo(r);
}

static int listener(int port, int type)
{
	struct sockaddr_in a = lo(port);
	int one = 1, fd = socket(AF_INET, type, 0);

	CHECK(fd >= 0);
	CHECK(setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) == 0);
	CHECK(bind(fd, (struct sockaddr *)&a, sizeof(a)) == 0);
	if (type == SOCK_STREAM)
		CHECK(listen(fd, 8) == 0);
	return fd;
}

/* Non-blocking connect, poll, accept, data, FIONREAD, half-close. */
static void check_tcp(void)
{
	struct sockaddr_in a = lo(PORT), peer;
	socklen_t len = sizeof(peer);
	int l = listener(PORT, SOCK_STREAM), c, s, err, n, one = 1;
	struct pollfd p[2];
	char buf[64];
	struct stat st;

	c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	CHECK(c >= 0);
	CHECK(fstat(c, &st) == 0 && (st.st_mode & 0170000) == 0140000);
	CHECK(connect(c, (struct sockaddr *)&a, sizeof(a)) == -1 &&
	      errno == EINPROGRESS);
	p[0] = (struct pollfd){ .fd = c, .events = POLLOUT };
	p[1] = (struct pollfd){ .fd = l, .events = POLLIN };
	CHECK(poll(p, 2, 5000) >= 1);
	CHECK(poll(p, 2, 5000) == 2);
	CHECK(p[0].revents == POLLOUT && p[1].revents == POLLIN);
	len = sizeof(err);
	CHECK(getsockopt(c, SOL_SOCKET, SO_ERROR, &err, &len) == 0 && !err);
	len = sizeof(peer);
	s = accept(l, (struct sockaddr *)&peer, &len);
	CHECK(s >= 0 && len == sizeof(peer) && peer.sin_family == AF_INET);
	CHECK(setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)) == 0);
	CHECK(recv(s, buf, sizeof(buf), MSG_DONTWAIT) == -1 &&
	      errno == EAGAIN);
	CHECK(write(c, "hello", 5) == 5);
	p[0] = (struct pollfd){ .fd = s, .events = POLLIN };
	CHECK(poll(p, 1, 5000) == 1);
	CHECK(ioctl(s, FIONREAD, &n) == 0 && n == 5);
	CHECK(read(s, buf, sizeof(buf)) == 5 && !memcmp(buf, "hello", 5));
	CHECK(shutdown(c, SHUT_WR) == 0);
	CHECK(poll(p, 1, 5000) == 1);
	CHECK(read(s, buf, sizeof(buf)) == 0);	/* the half-close */
	CHECK(send(s, "bye", 3, 0) == 3);	/* the other half is open */
	p[0] = (struct pollfd){ .fd = c, .events = POLLIN };
	CHECK(poll(p, 1, 5000) == 1);
	CHECK(recv(c, buf, sizeof(buf), 0) == 3 && !memcmp(buf, "bye", 3));
	CHECK(close(s) == 0 && close(c) == 0);

	/* the port is taken: EADDRINUSE */
	c = socket(AF_INET, SOCK_STREAM, 0);
	CHECK(bind(c, (struct sockaddr *)&a, sizeof(a)) == -1 &&
	      errno == EADDRINUSE);
	close(c);
	close(l);

	/* nobody listens: ECONNREFUSED */
	c = socket(AF_INET, SOCK_STREAM, 0);
	a = lo(PORT + 1);
	CHECK(connect(c, (struct sockaddr *)&a, sizeof(a)) == -1 &&
	      errno == ECONNREFUSED);
	close(c);
	CHECK(send(c, "x", 1, 0) == -1 && errno == EBADF);
	CHECK(send(1, "x", 1, 0) == -1 && errno == ENOTSOCK);
}

static void check_udp(void)
{
	int u = listener(PORT + 2, SOCK_DGRAM), c = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in a = lo(PORT + 2), from, me;
	socklen_t len = sizeof(from), mlen = sizeof(me);
	char buf[32];
	fd_set rd;
	struct timeval tv = { 5, 0 };

	CHECK(sendto(c, "ping", 4, 0, (struct sockaddr *)&a, sizeof(a)) == 4);
	FD_ZERO(&rd);
	FD_SET(u, &rd);
	CHECK(select(u + 1, &rd, NULL, NULL, &tv) == 1 && FD_ISSET(u, &rd));
	CHECK(recvfrom(u, buf, sizeof(buf), 0, (struct sockaddr *)&from,
		       &len) == 4 && !memcmp(buf, "ping", 4));
	CHECK(getsockname(c, (struct sockaddr *)&me, &mlen) == 0);
	CHECK(from.sin_port == me.sin_port && me.sin_port != 0);
	CHECK(sendto(u, "pong", 4, 0, (struct sockaddr *)&from, len) == 4);
	CHECK(recv(c, buf, sizeof(buf), 0) == 4 && !memcmp(buf, "pong", 4));
	tv = (struct timeval){ 0, 20000 };
	FD_ZERO(&rd);
	FD_SET(u, &rd);
	CHECK(select(u + 1, &rd, NULL, NULL, &tv) == 0 && !FD_ISSET(u, &rd));
	close(u);
	close(c);
}

static void check_epoll(void)
{
	int ep = epoll_create1(EPOLL_CLOEXEC), pfd[2], l, c;
	struct epoll_event ev, out[4];
	struct sockaddr_in a = lo(PORT + 3);

	CHECK(ep >= 0 && pipe(pfd) == 0);
	ev = (struct epoll_event){ .events = EPOLLIN, .data.u64 = 42 };
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, pfd[0], &ev) == 0);
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, pfd[0], &ev) == -1 &&
	      errno == EEXIST);
	CHECK(epoll_wait(ep, out, 4, 0) == 0);
	CHECK(write(pfd[1], "x", 1) == 1);
	CHECK(epoll_wait(ep, out, 4, 1000) == 1 && out[0].data.u64 == 42 &&
	      out[0].events == EPOLLIN);
	CHECK(epoll_wait(ep, out, 4, 0) == 1);	/* level-triggered */
	ev.events = EPOLLIN | EPOLLET;
	CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, pfd[0], &ev) == 0);
	CHECK(epoll_wait(ep, out, 4, 0) == 1);
	CHECK(epoll_wait(ep, out, 4, 0) == 0);	/* edge: reported once */
	CHECK(write(pfd[1], "y", 1) == 1);
	CHECK(epoll_wait(ep, out, 4, 0) == 1);	/* a new edge */

	l = listener(PORT + 3, SOCK_STREAM);
	ev = (struct epoll_event){ .events = EPOLLIN, .data.fd = l };
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, l, &ev) == 0);
	c = socket(AF_INET, SOCK_STREAM, 0);
	CHECK(connect(c, (struct sockaddr *)&a, sizeof(a)) == 0);
	CHECK(epoll_wait(ep, out, 4, 1000) == 1 && out[0].data.fd == l);
	close(l);	/* leaves the interest list by itself */
	CHECK(epoll_wait(ep, out, 4, 0) == 0);
	CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, pfd[0], NULL) == 0);
	close(c);
	close(pfd[0]);
	close(pfd[1]);
	close(ep);
}

static unsigned int sum(const unsigned char *p, size_t n, unsigned int s)
{
	while (n--)
		s = s * 31 + *p++;
	return s;
}

/* A blocking echo server in its own thread: one connection. */
static void *echo(void *arg)
{
	int l = *(int *)arg, s = accept(l, NULL, NULL);
	char buf[4096];
	long n;

	CHECK(s >= 0);
	while ((n = read(s, buf, sizeof(buf))) > 0)
		CHECK(write(s, buf, n) == n);
	close(s);
	return NULL;
}

static unsigned char out[BIG], in[BIG];

static int fcntl_nonblock(int fd)
{
	int one = 1;

	return ioctl(fd, FIONBIO, &one);
}

static void check_blocking(void)
{
	struct sockaddr_in a = lo(PORT + 4);
	struct uk_thread *t;
	struct iovec iov[2];
	int l = listener(PORT + 4, SOCK_STREAM), c;
	size_t sent = 0, got = 0;
	long n;
	unsigned int i;

	for (i = 0; i < BIG; i++)
		out[i] = (unsigned char)(i * 7 + i / 4099);
	CHECK(uk_thread_create(&t, NULL, echo, &l) == 0);
	c = socket(AF_INET, SOCK_STREAM, 0);
	CHECK(connect(c, (struct sockaddr *)&a, sizeof(a)) == 0);
	iov[0] = (struct iovec){ "ab", 2 };
	iov[1] = (struct iovec){ "cd", 2 };
	CHECK(writev(c, iov, 2) == 4);
	iov[0] = (struct iovec){ in, 3 };
	iov[1] = (struct iovec){ in + 3, 1 };
	CHECK(readv(c, iov, 2) == 4 && !memcmp(in, "abcd", 4));
	/* Non-blocking both ways, driven by poll: a client that blocked in
	 * write while the echo fills its receive window would deadlock. */
	CHECK(fcntl_nonblock(c) == 0);
	for (i = 0; got < BIG && i < 100000; i++) {
		struct pollfd p = { .fd = c, .events = POLLIN |
						       (sent < BIG ? POLLOUT : 0) };

		CHECK(poll(&p, 1, 5000) == 1);
		if (sent < BIG && (p.revents & POLLOUT)) {
			n = write(c, out + sent, BIG - sent);
			CHECK(n > 0 || errno == EAGAIN);
			if (n > 0)
				sent += n;
		}
		n = recv(c, in + got, BIG - got, 0);
		if (n > 0)
			got += n;
		else if (n == 0 || errno != EAGAIN)
			break;
	}
	printf("1 MiB echoed: sent %zu, got %zu, sums %08x %08x\n", sent, got,
	       sum(out, BIG, 0), sum(in, got, 0));
	CHECK(got == BIG && sum(out, BIG, 0) == sum(in, BIG, 0));
	close(c);
	CHECK(uk_thread_join(t, NULL) == 0);
	close(l);
}

int main(void)
{
	check_addresses();
	check_names();
	check_tcp();
	check_udp();
	check_epoll();
	check_blocking();
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails ? 1 : 0;
}

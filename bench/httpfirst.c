/*
 * httpfirst: starts a command (a QEMU boot) and measures the time from its
 * launch to the first "200 OK" answer to GET / from IP:PORT, for
 * bench/http.sh's "launch -> first 200".
 *
 * Usage: httpfirst [-i IFACE] IP PORT TIMEOUT_S CMD [ARG...]
 * (CMD's stdout: /dev/null). Prints "PID MS" (the command's pid, left
 * running, and the milliseconds from fork to the first 200 answer's status
 * line) or "PID -1" when TIMEOUT_S passed without one, or the command
 * ended first (a guest that failed to start). Every attempt is a
 * fresh connection given 20 ms to connect: the caller pins the guest's MAC
 * address in the ARP table, so a guest not up yet costs a lost SYN, not an
 * ARP timeout. Attempts come every millisecond once the guest has sent a
 * frame on IFACE (its network is up: a SYN is answered at once, refused
 * or accepted), every 50 ms before: the SYNs of a guest whose NIC is not
 * up yet wait in the tap and reach it all at once when it starts, work
 * the probe would add to the boot it measures. Without -i, every 5 ms.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
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
#include <sys/wait.h>

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

/* A packet socket on @ifname that sees every frame; -1 on failure. */
static int frames_open(const char *ifname)
{
	struct sockaddr_ll sl = { .sll_family = AF_PACKET,
				  .sll_protocol = htons(ETH_P_ALL),
				  .sll_ifindex = (int)if_nametoindex(ifname) };
	int fd = socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK, htons(ETH_P_ALL));

	if (fd < 0 || !sl.sll_ifindex ||
	    bind(fd, (struct sockaddr *)&sl, sizeof(sl)) < 0) {
		perror("httpfirst: packet socket");
		if (fd >= 0)
			close(fd);
		return -1;
	}
	return fd;
}

/* Waits up to @ms for a frame from the guest (not one the host sent) on
 * @fd: 1 when one came. */
static int guest_frame(int fd, int ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	long long end = now_us() + ms * 1000LL, left;
	char buf[2048];
	struct sockaddr_ll from;
	socklen_t len;

	while ((left = end - now_us()) >= 0 &&
	       poll(&p, 1, (int)(left / 1000)) == 1) {
		len = sizeof(from);
		while (recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&from,
				&len) >= 0) {
			if (from.sll_pkttype != PACKET_OUTGOING)
				return 1;
			len = sizeof(from);
		}
	}
	return 0;
}

int main(int argc, char *argv[])
{
	int frames = -1, up;

	if (argc > 2 && !strcmp(argv[1], "-i")) {
		frames = frames_open(argv[2]);
		if (frames < 0)
			return 1;
		argv += 2;
		argc -= 2;
	}
	if (argc < 5) {
		fprintf(stderr, "usage: httpfirst [-i IFACE] IP PORT TIMEOUT_S CMD [ARG...]\n");
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
	up = frames < 0;
	while (now_us() - t0 < limit && waitpid(pid, NULL, WNOHANG) == 0) {
		long long t = now_us();
		if (try_get(&sa)) {
			printf("%d %lld\n", (int)pid, (now_us() - t0) / 1000);
			return 0;
		}
		t = (up ? frames < 0 ? 5000 : 1000 : 50000) - (now_us() - t);
		if (!up)	/* until the period's end or the guest's frame */
			up = guest_frame(frames, t > 0 ? (int)(t / 1000) : 0);
		else if (t > 0)
			usleep(t);
	}
	printf("%d -1\n", (int)pid);
	return 0;
}

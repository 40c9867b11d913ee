/* The fd kinds and calls nginx needs beyond files and sockets: eventfd
 * (counter, semaphore mode, non-blocking, poll and edge-triggered
 * epoll), AF_UNIX socket pairs (both ways, full ring, FIONREAD, nginx's
 * EPOLLRDHUP probe, end of stream, EPIPE), preadv/pwritev, sendfile,
 * statfs, posix_fadvise and glob. Also compiled by gcc against glibc's
 * headers with -D_FILE_OFFSET_BITS=64 (tests/test_libc_glibc.py), where
 * the file calls become glibccompat's LFS64 names (preadv64, sendfile64,
 * statfs64, glob64...). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/uio.h>
#include <unistd.h>
#include <uk/test.h>

static int readable(int fd)
{
	struct pollfd p = { fd, POLLIN | POLLOUT, 0 };

	return poll(&p, 1, 0) == 1 ? p.revents : 0;
}

static void eventfds(void)
{
	uint64_t v = 0;
	int fd, ep, one = 1;
	struct epoll_event ev = { EPOLLIN | EPOLLET, { .u64 = 42 } }, got;

	fd = eventfd(3, 0);
	CHECK(fd >= 0);
	CHECK(read(fd, &v, sizeof(v)) == 8 && v == 3);
	CHECK(ioctl(fd, FIONBIO, &one) == 0);		/* as nginx does */
	CHECK(read(fd, &v, sizeof(v)) == -1 && errno == EAGAIN);
	CHECK(!(readable(fd) & POLLIN) && (readable(fd) & POLLOUT));
	v = 5;
	CHECK(write(fd, &v, sizeof(v)) == 8);
	CHECK(eventfd_write(fd, 7) == 0);
	CHECK(readable(fd) & POLLIN);
	CHECK(eventfd_read(fd, &v) == 0 && v == 12);
	CHECK(read(fd, &v, 4) == -1 && errno == EINVAL);
	v = ~0ULL;
	CHECK(write(fd, &v, sizeof(v)) == -1 && errno == EINVAL);
	v = ~0ULL - 1;
	CHECK(write(fd, &v, sizeof(v)) == 8 && !(readable(fd) & POLLOUT));
	CHECK(eventfd_write(fd, 1) == -1 && errno == EAGAIN);
	CHECK(eventfd_read(fd, &v) == 0 && v == ~0ULL - 1);

	ep = epoll_create(1);
	CHECK(ep >= 0 && epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) == 0);
	CHECK(epoll_wait(ep, &got, 1, 0) == 0);
	CHECK(eventfd_write(fd, 1) == 0);
	CHECK(epoll_wait(ep, &got, 1, 1000) == 1 && got.data.u64 == 42 &&
	      (got.events & EPOLLIN));
	CHECK(epoll_wait(ep, &got, 1, 0) == 0);		/* edge-triggered */
	CHECK(close(ep) == 0 && close(fd) == 0);

	fd = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC);
	CHECK(fd >= 0 && (fcntl(fd, F_GETFD) & FD_CLOEXEC));
	CHECK(eventfd_read(fd, &v) == 0 && v == 1);
	CHECK(eventfd_read(fd, &v) == 0 && v == 1);
	CHECK(eventfd_read(fd, &v) == -1 && errno == EAGAIN);
	CHECK(close(fd) == 0);
	CHECK(eventfd(0, 0x10) == -1 && errno == EINVAL);
}

static void socketpairs(void)
{
	static char big[40000];
	char buf[64];
	int s[2], n, ep, total;
	struct epoll_event ev = { EPOLLET | EPOLLIN | EPOLLRDHUP, { 0 } };
	struct stat st;

	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, s) == 0);
	CHECK(write(s[0], "ping", 4) == 4 && write(s[1], "pong!", 5) == 5);
	CHECK(ioctl(s[1], FIONREAD, &n) == 0 && n == 4);
	CHECK(read(s[1], buf, sizeof(buf)) == 4 && !memcmp(buf, "ping", 4));
	CHECK(read(s[0], buf, sizeof(buf)) == 5 && !memcmp(buf, "pong!", 5));
	CHECK(fstat(s[0], &st) == 0 && S_ISSOCK(st.st_mode));

	/* nginx's EPOLLRDHUP probe (ngx_epoll_test_rdhup) */
	ep = epoll_create(1);
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, s[0], &ev) == 0);
	CHECK(close(s[1]) == 0);
	CHECK(epoll_wait(ep, &ev, 1, 5000) == 1 && (ev.events & EPOLLRDHUP) &&
	      (ev.events & EPOLLIN));
	CHECK(read(s[0], buf, sizeof(buf)) == 0);
	CHECK(write(s[0], "x", 1) == -1 && errno == EPIPE);
	CHECK(close(s[0]) == 0 && close(ep) == 0);

	/* a full ring: a non-blocking writer stops, the reader drains it */
	CHECK(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, s) == 0);
	CHECK(read(s[1], buf, 1) == -1 && errno == EAGAIN);
	for (n = 0; n < (int)sizeof(big); n++)
		big[n] = (char)(n * 7);
	total = 0;
	while ((n = write(s[0], big + total, sizeof(big) - total)) > 0)
		total += n;
	CHECK(n == -1 && errno == EAGAIN && total > 0 &&
	      total < (int)sizeof(big) && !(readable(s[0]) & POLLOUT));
	for (n = 0; n < total; ) {
		int r = read(s[1], buf, sizeof(buf));

		if (r <= 0 || memcmp(buf, big + n, r))
			break;
		n += r;
	}
	CHECK(n == total && (readable(s[0]) & POLLOUT));
	CHECK(close(s[0]) == 0 && close(s[1]) == 0);

	CHECK(socketpair(AF_INET, SOCK_STREAM, 0, s) == -1 &&
	      errno == EOPNOTSUPP);
}

static void files(void)
{
	char a[] = "hello", b[] = "world", x[5], y[5], buf[32];
	struct iovec out[2] = { { a, 5 }, { b, 5 } }, in[2] = { { x, 5 }, { y, 5 } };
	struct statfs sf;
	glob_t g;
	off_t off = 2;
	int fd, fd2;

	mkdir("/tmp", 0755);
	fd = open("/tmp/fk1", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK(pwritev(fd, out, 2, 10) == 10 && lseek(fd, 0, SEEK_CUR) == 0);
	CHECK(preadv(fd, in, 2, 10) == 10 && !memcmp(x, "hello", 5) &&
	      !memcmp(y, "world", 5) && lseek(fd, 0, SEEK_CUR) == 0);
	CHECK(preadv(fd, in, 2, 15) == 5 && !memcmp(x, "world", 5));
	CHECK(posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL) == 0);

	fd2 = open("/tmp/fk2", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd2 >= 0 && sendfile(fd2, fd, &off, 12) == 12 && off == 14);
	CHECK(pread(fd2, buf, sizeof(buf), 0) == 12 &&
	      !memcmp(buf + 8, "hell", 4) && !buf[0]);
	CHECK(close(fd) == 0 && close(fd2) == 0);

	CHECK(statfs("/", &sf) == 0 && sf.f_type == 0x858458f6);
	CHECK(glob("/tmp/fk*", 0, NULL, &g) == 0 && g.gl_pathc == 2 &&
	      !strcmp(g.gl_pathv[0], "/tmp/fk1") &&
	      !strcmp(g.gl_pathv[1], "/tmp/fk2"));
	globfree(&g);
}

int main(void)
{
	eventfds();
	socketpairs();
	files();
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails ? 1 : 0;
}

/*
 * The console is the process's standard streams: ukplat_coutk writes to
 * file descriptor 1, ukplat_coute to 2, ukplat_cink reads 0. They work the
 * same whether a stream is a terminal, a pipe or a file: writes are
 * retried until complete (pipes take partial writes), no "\r\n" (the
 * terminal's line discipline does that), no buffering here (nolibc's stdio
 * buffers stdout).
 */
#include <uk/plat/console.h>
#include <uk/plat/linuxu.h>
#include "syscall.h"
#include "linuxu.h"

struct pollfd_k {
	int fd;
	short events, revents;
};
#define POLLIN	1
#define POLLHUP	0x10
#define POLLOUT	4

int _linuxu_write_all(int fd, const char *buf, unsigned int len)
{
	struct pollfd_k p = { .fd = fd, .events = POLLOUT };
	unsigned int done = 0;
	long r;

	if (!buf && len)
		return -LINUXU_EINVAL;
	while (done < len) {
		r = _linuxu_sc3(__NR_write, fd, (long)(buf + done), len - done);
		if (r > 0) {
			done += r;
		} else if (r == -LINUXU_EAGAIN) {
			/* Someone made the stream non-blocking (a shared
			 * terminal): wait until it takes more. */
			_linuxu_poll(&p, 1, -1);
		} else if (r != -LINUXU_EINTR) {
			return r ? (int)r : -LINUXU_EIO;
		}
	}
	return (int)len;
}

int ukplat_coutk(const char *buf, unsigned int len)
{
	return _linuxu_write_all(1, buf, len);
}

int ukplat_coute(const char *buf, unsigned int len)
{
	return _linuxu_write_all(2, buf, len);
}

int ukplat_cink(char *buf, unsigned int maxlen)
{
	struct pollfd_k p = { .fd = 0, .events = POLLIN };
	long r;

	if (!buf && maxlen)
		return -LINUXU_EINVAL;
	if (!maxlen)
		return 0;
	/* Non-blocking by contract: only read what poll says is there, and
	 * never change the descriptor's flags (it may be a shared tty). */
	r = _linuxu_poll(&p, 1, 0);
	if (r > 0 && (p.revents & POLLHUP) && !(p.revents & POLLIN))
		return -LINUXU_EPIPE;	/* a pipe whose writers are gone */
	if (r <= 0 || !(p.revents & POLLIN))
		return r < 0 && r != -LINUXU_EINTR ? (int)r : 0;
	r = _linuxu_sc3(__NR_read, 0, (long)buf, maxlen);
	if (r == -LINUXU_EINTR || r == -LINUXU_EAGAIN)
		return 0;
	/* readable and nothing read: end of file */
	return r == 0 ? -LINUXU_EPIPE : (int)r;
}

/* A terminal is what answers the terminal ioctl (as glibc's isatty). */
int ukplat_cisatty(int fd)
{
	unsigned char termios[60];	/* struct termios: 60 bytes on Linux */

	return fd >= 0 && fd <= 2 &&
	       _linuxu_sc3(__NR_ioctl, fd, LINUXU_TCGETS, (long)termios) == 0;
}

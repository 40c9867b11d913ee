/* Terminal attributes: the console is the one terminal; its settings are
 * kept (tcsetattr) and reported (tcgetattr), and change nothing: the
 * platform console has no line discipline. Other fds: ENOTTY. */
#include <errno.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios cur = {
	.c_iflag = ICRNL | IXON,
	.c_oflag = OPOST | ONLCR,
	.c_cflag = CS8 | CREAD | B38400,
	.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | IEXTEN,
	.c_cc = { [VINTR] = 3, [VQUIT] = 28, [VERASE] = 127, [VKILL] = 21,
		  [VEOF] = 4, [VMIN] = 1, [VSTART] = 17, [VSTOP] = 19,
		  [VSUSP] = 26 },
};

static int tty(int fd)
{
	if (!isatty(fd)) {
		errno = ENOTTY;
		return 0;
	}
	return 1;
}

int tcgetattr(int fd, struct termios *t)
{
	if (!tty(fd))
		return -1;
	*t = cur;
	return 0;
}

int tcsetattr(int fd, int when, const struct termios *t)
{
	if (!tty(fd))
		return -1;
	if (when < TCSANOW || when > TCSAFLUSH) {
		errno = EINVAL;
		return -1;
	}
	cur = *t;
	return 0;
}

speed_t cfgetispeed(const struct termios *t)
{
	return t->c_cflag & CBAUD;
}

speed_t cfgetospeed(const struct termios *t)
{
	return t->c_cflag & CBAUD;
}

int cfsetispeed(struct termios *t, speed_t s)
{
	return cfsetospeed(t, s);
}

int cfsetospeed(struct termios *t, speed_t s)
{
	if (s & ~CBAUD) {
		errno = EINVAL;
		return -1;
	}
	t->c_cflag = (t->c_cflag & ~CBAUD) | s;
	return 0;
}

void cfmakeraw(struct termios *t)
{
	t->c_iflag &= ~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR |
			ICRNL | IXON);
	t->c_oflag &= ~OPOST;
	t->c_lflag &= ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
	t->c_cflag = (t->c_cflag & ~(CSIZE | PARENB)) | CS8;
	t->c_cc[VMIN] = 1;
	t->c_cc[VTIME] = 0;
}

int tcflush(int fd, int q)
{
	(void)q;
	return tty(fd) ? 0 : -1;
}

int tcdrain(int fd)
{
	return tty(fd) ? 0 : -1;
}

int tcsendbreak(int fd, int d)
{
	(void)d;
	return tty(fd) ? 0 : -1;
}

int tcflow(int fd, int a)
{
	(void)a;
	return tty(fd) ? 0 : -1;
}

pid_t tcgetpgrp(int fd)
{
	return tty(fd) ? 1 : -1;
}

/* No pseudo-terminals: there is no other program to talk to. */
int openpty(int *m, int *s, char *name, const void *t, const void *w)
{
	(void)m, (void)s, (void)name, (void)t, (void)w;
	errno = ENOSYS;
	return -1;
}

char *ttyname(int fd)
{
	return tty(fd) ? "/dev/console" : NULL;
}

int ttyname_r(int fd, char *buf, size_t len)
{
	if (!tty(fd))
		return ENOTTY;
	if (len < 13)
		return ERANGE;
	memcpy(buf, "/dev/console", 13);
	return 0;
}

/* runio.c: the guest's standard streams in `uklink run`'s relay: what
 * runio.h says, as one poll loop over the runner's stdout (the console),
 * its stderr (its own messages), the guest's error channel, and our stdin
 * going framed into the runner's stdin. */
#include "runio.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char mark_err[] = "\033_uk:2\033\\";
static const char mark_out[] = "\033_uk:1\033\\";
static const char mark_ready[] = "\033_uk:0\033\\";
#define MARK_LEN (sizeof(mark_err) - 1)

static void dec_init(struct uk_condec *d, int fd, int split)
{
	memset(d, 0, sizeof(*d));
	d->raw = isatty(fd);
	d->split = split;
	d->to = fd;
}

void runio_init(struct uk_runio *io, const char *stdin_fact,
		const char *split_fact)
{
	memset(io, 0, sizeof(*io));
	io->in_r = io->in_w = io->err_r = io->err_w = -1;
	for (int fd = 0; fd < 3; fd++)
		io->stdio[fd] = isatty(fd) ? 't' : 'f';
	io->framed = stdin_fact && !strcmp(stdin_fact, "framed") &&
		     io->stdio[0] == 'f';
	io->split = split_fact && !strcmp(split_fact, "apc");
	dec_init(&io->con, 1, io->split);
	io->con.ready_mark = io->framed;
	dec_init(&io->err, 2, 0);
	if (io->framed) {
		int p[2];
		if (pipe(p) == 0) {
			io->in_r = p[0];
			io->in_w = p[1];
			fcntl(io->in_w, F_SETFD, FD_CLOEXEC);
			fcntl(io->in_w, F_SETFL, O_NONBLOCK);
		} else {
			io->framed = 0;
		}
	}
}

char *runio_stderr_path(struct uk_runio *io)
{
	if (io->err_w < 0) {
		int p[2];
		if (pipe(p) < 0)
			return NULL;
		io->err_r = p[0];
		io->err_w = p[1];
		fcntl(io->err_r, F_SETFD, FD_CLOEXEC);
	}
	return xasprintf("/dev/fd/%d", io->err_w);
}

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

void runio_started(struct uk_runio *io)
{
	close_fd(&io->in_r);
	close_fd(&io->err_w);
}

void runio_close(struct uk_runio *io)
{
	close_fd(&io->in_r);
	close_fd(&io->in_w);
	close_fd(&io->err_r);
	close_fd(&io->err_w);
}

/* Bytes for our stdout (1) and stderr (2), written after each chunk. */
struct outs {
	struct uk_buf b[3];
};

static void put(struct outs *o, int to, char c)
{
	buf_add(&o->b[to], &c, 1);
}

/* Through the APC marks being watched: a possible mark waits. */
static void emit(struct uk_condec *d, struct outs *o, char c)
{
	if (!d->split && !d->ready_mark) {
		put(o, d->to, c);
		return;
	}
	d->mark[d->nmark++] = c;
	while (d->nmark) {
		int e = d->split && !memcmp(d->mark, mark_err, d->nmark);
		int u = d->split && !memcmp(d->mark, mark_out, d->nmark);
		int r = d->ready_mark && !memcmp(d->mark, mark_ready, d->nmark);
		if (e || u || r) {
			if (d->nmark == MARK_LEN) {
				if (r)
					d->ready = 1;
				else
					d->to = e ? 2 : 1;
				d->nmark = 0;
			}
			return;
		}
		put(o, d->to, d->mark[0]);
		memmove(d->mark, d->mark + 1, --d->nmark);
	}
}

static void decode(struct uk_condec *d, struct outs *o, const char *p,
		   size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = p[i];
		if (d->raw) {
			emit(d, o, c);
			continue;
		}
		if (d->cr) {
			d->cr = 0;
			if (c == '\n' || c == '\r') {
				emit(d, o, c);
				continue;
			}
			emit(d, o, '\r');
		}
		if (c == '\r')
			d->cr = 1;
		else
			emit(d, o, c);
	}
}

/* At the end: what a decoder still holds. */
static void dec_flush(struct uk_condec *d, struct outs *o)
{
	if (d->cr)
		put(o, d->to, '\r');
	for (size_t i = 0; i < d->nmark; i++)
		put(o, d->to, d->mark[i]);
	d->cr = 0;
	d->nmark = 0;
}

static void flush_outs(struct outs *o)
{
	for (int fd = 1; fd <= 2; fd++) {
		for (size_t off = 0; off < o->b[fd].n;) {
			ssize_t w = write(fd, o->b[fd].p + off, o->b[fd].n - off);
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0)
				break;
			off += (size_t)w;
		}
		o->b[fd].n = 0;
	}
}

/* Our stdin, framed, into the runner's stdin: 0xff doubled, then
 * "\xff\x00" after the last byte. */
struct feed {
	char buf[2 * 4096 + 2];
	size_t n, off;
	int eof;
};

static void feed_read(struct uk_runio *io, struct feed *f)
{
	char in[4096];
	ssize_t n = read(0, in, sizeof(in));
	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	f->n = f->off = 0;
	for (ssize_t i = 0; i < n; i++) {
		f->buf[f->n++] = in[i];
		if ((unsigned char)in[i] == 0xff)
			f->buf[f->n++] = (char)0xff;
	}
	if (n <= 0) {
		f->buf[f->n++] = (char)0xff;
		f->buf[f->n++] = 0;
		f->eof = 1;
	}
	(void)io;
}

static void feed_write(struct uk_runio *io, struct feed *f)
{
	ssize_t w = write(io->in_w, f->buf + f->off, f->n - f->off);
	if (w < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	if (w < 0) {		/* the runner is gone: nothing more to feed */
		close_fd(&io->in_w);
		return;
	}
	f->off += (size_t)w;
	if (f->off == f->n && f->eof)
		close_fd(&io->in_w);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

enum { P_OUT, P_ERR, P_GERR, P_IN, P_INW, NP };

int runio_relay(struct uk_runio *io, int out, int err, double deadline,
		const char *said, int *runner_said,
		void (*scan)(void *arg, const char *p, size_t n), void *arg)
{
	struct pollfd p[NP];
	struct outs o = { 0 };
	struct feed f = { .eof = !io->framed };
	int at_line_start = 1, rc = 0;
	char buf[4096];

	signal(SIGPIPE, SIG_IGN);	/* the runner may go before our feed */
	p[P_OUT] = (struct pollfd){ out, POLLIN, 0 };
	p[P_ERR] = (struct pollfd){ err, POLLIN, 0 };
	p[P_GERR] = (struct pollfd){ io->err_r, POLLIN, 0 };
	for (;;) {
		int feeding = io->in_w >= 0 && f.off < f.n;
		p[P_IN] = (struct pollfd){ io->in_w >= 0 && !feeding && !f.eof &&
					   io->con.ready ? 0 : -1, POLLIN, 0 };
		p[P_INW] = (struct pollfd){ feeding ? io->in_w : -1, POLLOUT, 0 };
		if (p[P_OUT].fd < 0 && p[P_ERR].fd < 0 && p[P_GERR].fd < 0)
			break;
		int ms = -1;
		if (deadline) {
			double left = deadline - now();
			if (left <= 0) {
				rc = 1;
				break;
			}
			ms = (int)(left * 1000) + 1;
		}
		int r = poll(p, NP, ms);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			break;
		if (p[P_IN].fd >= 0 && p[P_IN].revents)
			feed_read(io, &f);
		if (p[P_INW].fd >= 0 && p[P_INW].revents)
			feed_write(io, &f);
		for (int k = P_OUT; k <= P_GERR; k++) {
			if (p[k].fd < 0 || !p[k].revents)
				continue;
			ssize_t n = read(p[k].fd, buf, sizeof(buf));
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				p[k].fd = -1;
				continue;
			}
			size_t len = (size_t)n;
			if (k == P_OUT) {
				/* status lines are read where the guest's
				 * stdout goes: without the stream marks */
				size_t from = o.b[1].n;
				decode(&io->con, &o, buf, len);
				if (scan)
					scan(arg, o.b[1].p + from,
					     o.b[1].n - from);
			} else if (k == P_GERR) {
				decode(&io->err, &o, buf, len);
			} else {
				size_t pl = strlen(said);
				if (at_line_start && !strncmp(buf, said,
						len < pl ? len : pl))
					*runner_said = 1;
				at_line_start = buf[len - 1] == '\n';
				buf_add(&o.b[2], buf, len);
			}
		}
		flush_outs(&o);
	}
	dec_flush(&io->con, &o);
	dec_flush(&io->err, &o);
	flush_outs(&o);
	for (int fd = 0; fd < 3; fd++)
		free(o.b[fd].p);
	return rc;
}

/* poll(2) and select(2) over every kind of file (wait.c does the
 * waiting). */
#include "vfs_impl.h"
#include "wait.h"

/* POLLERR, POLLHUP and POLLNVAL are reported whether asked for or not. */
#define ALWAYS (VFSCORE_POLLERR | VFSCORE_POLLHUP | VFSCORE_POLLNVAL)

static int poll_scan(struct vfscore_pollfd *fds, unsigned long n,
		     int *polled)
{
	struct vfscore_file *f;
	unsigned long i;
	int ready = 0;

	for (i = 0; i < n; i++) {
		fds[i].revents = 0;
		if (fds[i].fd < 0)
			continue;
		f = vfscore_fd_file(fds[i].fd);
		if (!f) {
			fds[i].revents = VFSCORE_POLLNVAL;
		} else {
			*polled |= f->ops->polled;
			fds[i].revents = _vfscore_ready(f) &
					 (fds[i].events | ALWAYS);
		}
		if (fds[i].revents)
			ready++;
	}
	return ready;
}

int vfscore_poll(struct vfscore_pollfd *fds, unsigned long n,
		 int timeout_ms)
{
	unsigned long long deadline = _vfscore_wait_deadline(timeout_ms);
	unsigned long since;
	int ready, polled;

	if (n > VFSCORE_NR_FDS)
		return -EINVAL;
	for (;;) {
		since = _vfscore_wait_begin();
		polled = 0;
		ready = poll_scan(fds, n, &polled);
		if (ready || !timeout_ms)
			return ready;
		if (_vfscore_wait(since, deadline, polled) == -ETIMEDOUT)
			return 0;
	}
}

#define WORD		(8 * sizeof(unsigned long))
#define ISSET(s, i)	((s) && ((s)[(i) / WORD] >> ((i) % WORD) & 1))

static const unsigned int sel_in = VFSCORE_POLLIN | VFSCORE_POLLRDNORM |
				   VFSCORE_POLLHUP | VFSCORE_POLLERR;
static const unsigned int sel_out = VFSCORE_POLLOUT | VFSCORE_POLLWRNORM |
				    VFSCORE_POLLERR;
static const unsigned int sel_ex = VFSCORE_POLLPRI;

/* One pass: the ready fds' bits into @out (3 sets), their count, or
 * -EBADF. */
static int select_scan(int nfds, unsigned long *in[3], unsigned long *out,
		       int *polled)
{
	static const unsigned int *want[3] = { &sel_in, &sel_out, &sel_ex };
	struct vfscore_file *f;
	unsigned int r;
	int fd, k, ready = 0;

	for (fd = 0; fd < nfds; fd++) {
		if (!ISSET(in[0], fd) && !ISSET(in[1], fd) &&
		    !ISSET(in[2], fd))
			continue;
		f = vfscore_fd_file(fd);
		if (!f)
			return -EBADF;
		*polled |= f->ops->polled;
		r = _vfscore_ready(f);
		for (k = 0; k < 3; k++)
			if (ISSET(in[k], fd) && (r & *want[k])) {
				out[k * (VFSCORE_NR_FDS / WORD) + fd / WORD] |=
					1UL << (fd % WORD);
				ready++;
			}
	}
	return ready;
}

int vfscore_select(int nfds, unsigned long *rd, unsigned long *wr,
		   unsigned long *ex, long long timeout_us)
{
	unsigned long out[3 * VFSCORE_NR_FDS / WORD];
	unsigned long *in[3] = { rd, wr, ex };
	unsigned long long deadline;
	unsigned long since;
	int ready, polled, k, words;

	if (nfds < 0 || nfds > VFSCORE_NR_FDS)
		return -EINVAL;
	deadline = _vfscore_wait_deadline(
		timeout_us < 0 ? -1 : (int)((timeout_us + 999) / 1000));
	words = (nfds + WORD - 1) / WORD;
	for (;;) {
		since = _vfscore_wait_begin();
		polled = 0;
		for (k = 0; k < 3 * VFSCORE_NR_FDS / (int)WORD; k++)
			out[k] = 0;
		ready = select_scan(nfds, in, out, &polled);
		if (ready || !timeout_us)
			break;
		if (_vfscore_wait(since, deadline, polled) == -ETIMEDOUT)
			break;
	}
	if (ready < 0)
		return ready;
	for (k = 0; k < 3; k++)
		if (in[k])
			for (int w = 0; w < words; w++)
				in[k][w] = out[k * (VFSCORE_NR_FDS / WORD) + w];
	return ready;
}

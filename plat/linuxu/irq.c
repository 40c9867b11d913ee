/*
 * Interrupts on linuxu (uk/plat/irq.h): a line is a file descriptor of
 * the process. Registering puts the descriptor in asynchronous mode
 * (O_ASYNC, F_SETOWN to this process) with a real-time signal (F_SETSIG),
 * so the kernel queues one signal per event with the descriptor in
 * si_fd; the signal handler runs the descriptor's handlers. A full
 * signal queue makes the kernel send SIGIO instead, without a
 * descriptor: then every unmasked line's handlers run (each checks its
 * own device). Masking is counted and in software, with the signal
 * blocked around the bookkeeping; an event on a masked line runs its
 * handlers once at unmask. A forced member reached through weak
 * references: LTO drops it from images that do not use it.
 */
#include <uk/plat/irq.h>
#include "syscall.h"
#include "../common/irqline.h"

#define MAX_LINES	16
#define SIG_EVENT	40		/* a real-time signal */
#define SIGIO		29
#define F_GETFL		3
#define F_SETFL		4
#define F_SETOWN	8
#define F_SETSIG	10
#define O_ASYNC		0x2000
#define SIG_BLOCK	0
#define SIG_SETMASK	2

/* siginfo for SIGPOLL-like signals: si_band, then si_fd. */
struct siginfo_poll {
	int signo, errno_, code, pad;
	long band;
	int fd;
};

struct line {
	int fd;
	struct plat_irq_line h;	/* no handler: a free slot */
};

static struct line lines[MAX_LINES];
static int installed;

static unsigned long sigbit(int sig)
{
	return 1UL << (sig - 1);
}

static unsigned long block(void)
{
	unsigned long set = sigbit(SIG_EVENT) | sigbit(SIGIO), old = 0;

	_linuxu_sc4(__NR_rt_sigprocmask, SIG_BLOCK, (long)&set, (long)&old, 8);
	return old;
}

static void restore(unsigned long old)
{
	_linuxu_sc4(__NR_rt_sigprocmask, SIG_SETMASK, (long)&old, 0, 8);
}

static void run(struct line *l)
{
	if (l->h.masks)
		l->h.pending = 1;
	else
		plat_irq_run(&l->h);
}

static void on_signal(int sig, void *info, void *uc)
{
	const struct siginfo_poll *si = info;
	unsigned int i;

	(void)uc;
	for (i = 0; i < MAX_LINES; i++)
		if (lines[i].h.n && (sig == SIGIO || lines[i].fd == si->fd))
			run(&lines[i]);
}

static struct line *find(int fd)
{
	unsigned int i;

	for (i = 0; i < MAX_LINES; i++)
		if (lines[i].h.n && lines[i].fd == fd)
			return &lines[i];
	return 0;
}

static long install(void)
{
	struct ksigaction sa = {
		.handler = on_signal,
		.flags = SA_SIGINFO | SA_RESTORER | SA_RESTART,
		.restorer = _linuxu_sigreturn,
		.mask = sigbit(SIG_EVENT) | sigbit(SIGIO),
	};
	long r = _linuxu_sc4(__NR_rt_sigaction, SIG_EVENT, (long)&sa, 0, 8);

	if (r >= 0)
		r = _linuxu_sc4(__NR_rt_sigaction, SIGIO, (long)&sa, 0, 8);
	return r;
}

/* Asynchronous mode for @fd: events raise SIG_EVENT for this process. */
static long fd_async(int fd, int on)
{
	long fl = _linuxu_sc3(__NR_fcntl, fd, F_GETFL, 0);

	if (fl < 0)
		return fl;
	if (on) {
		long r = _linuxu_sc3(__NR_fcntl, fd, F_SETOWN,
				     _linuxu_sc3(__NR_getpid, 0, 0, 0));

		if (r >= 0)
			r = _linuxu_sc3(__NR_fcntl, fd, F_SETSIG, SIG_EVENT);
		if (r < 0)
			return r;
	}
	return _linuxu_sc3(__NR_fcntl, fd, F_SETFL,
			   on ? fl | O_ASYNC : fl & ~O_ASYNC);
}

int ukplat_irq_register(unsigned int line, unsigned int flags,
			ukplat_irq_handler_t handler, void *arg)
{
	unsigned long old;
	struct line *l;
	unsigned int i;
	long r = 0;

	(void)flags;
	if (line > 0x7fffffff || !handler)
		return -LINUXU_EINVAL;
	old = block();
	if (!installed && (r = install()) >= 0)
		installed = 1;
	l = find((int)line);
	for (i = 0; r >= 0 && !l && i < MAX_LINES; i++)
		if (!lines[i].h.n)
			l = &lines[i];
	if (r >= 0 && !l)
		r = -LINUXU_ENOSPC;
	if (r >= 0 && !l->h.n) {
		r = fd_async((int)line, 1);
		l->fd = (int)line;
		l->h.masks = 0;
		l->h.pending = 0;
	}
	if (r >= 0)
		r = plat_irq_add(&l->h, handler, arg);
	restore(old);
	return r < 0 ? (int)r : 0;
}

int ukplat_irq_unregister(unsigned int line, ukplat_irq_handler_t handler,
			  void *arg)
{
	unsigned long old = block();
	struct line *l = find((int)line);
	int r = l ? plat_irq_del(&l->h, handler, arg) : -LINUXU_ENOENT;

	if (!r && !l->h.n)
		fd_async(l->fd, 0);
	restore(old);
	return r;
}

void ukplat_irq_mask(unsigned int line)
{
	unsigned long old = block();
	struct line *l = find((int)line);

	if (l)
		l->h.masks++;
	restore(old);
}

void ukplat_irq_unmask(unsigned int line)
{
	unsigned long old = block();
	struct line *l = find((int)line);

	if (l && l->h.masks && !--l->h.masks && l->h.pending) {
		l->h.pending = 0;
		plat_irq_run(&l->h);
	}
	restore(old);
}

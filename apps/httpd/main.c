/*
 * httpd: a small HTTP/1.1 file server, the example to read first
 * (docs/apps.md, "httpd"). Standard headers only, so a plain `cc -c`
 * builds it; `uklink --plat kvm main.o http.o` makes the unikernel.
 *
 *   httpd [PORT [ROOT]]      (default: 80 and /www, e.g. from the initrd)
 *
 * One thread, one epoll loop, non-blocking sockets. GET and HEAD of the
 * files under ROOT with Content-Length and Content-Type; keep-alive and
 * pipelining; 400, 404, 405, 414 and 431 for what it cannot serve (then it
 * closes). Limits keep hostile clients from starving the others: at most
 * MAX_CONNS connections (a new one replaces the one idle the longest),
 * and a connection without a complete request for IDLE_MS is closed.
 */
#define _GNU_SOURCE	/* accept4 */
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "http.h"

#define MAX_CONNS	512
#define IDLE_MS		10000

struct conn {
	int fd;
	size_t inlen;
	char in[REQ_MAX];
	char *out;		/* the answers not written yet */
	size_t outlen, outoff;
	int closing;		/* close once out is written */
	long long last;		/* ms of the last request or byte read */
	struct conn *prev, *next;	/* least recently active first */
};

static const char *root = "/www";
static int ep;
static struct conn *lru_first, *lru_last;
static int nconns;

static long long now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

static void lru_unlink(struct conn *c)
{
	*(c->prev ? &c->prev->next : &lru_first) = c->next;
	*(c->next ? &c->next->prev : &lru_last) = c->prev;
}

/* @c was active: it moves to the end of the list. */
static void touch(struct conn *c)
{
	if (c->prev || lru_first == c)
		lru_unlink(c);
	c->prev = lru_last;
	c->next = NULL;
	*(lru_last ? &lru_last->next : &lru_first) = c;
	lru_last = c;
	c->last = now_ms();
}

static void conn_close(struct conn *c)
{
	lru_unlink(c);
	close(c->fd);	/* also leaves the epoll set */
	free(c->out);
	free(c);
	nconns--;
}

/* Room for @len more bytes of @c's output, or NULL. */
static char *room(struct conn *c, size_t len)
{
	char *o = realloc(c->out, c->outlen + len);

	if (!o)
		return NULL;
	c->out = o;
	c->outlen += len;
	return o + c->outlen - len;
}

static void put(struct conn *c, const void *buf, size_t len)
{
	char *o = room(c, len);

	if (o)
		memcpy(o, buf, len);
	else
		c->closing = 1;
}

static void put_head(struct conn *c, int status, const char *type,
		    size_t len, int keep)
{
	char h[256];
	int n = snprintf(h, sizeof(h), "HTTP/1.1 %d %s\r\nServer: httpd\r\n"
			 "Content-Type: %s\r\nContent-Length: %zu\r\n"
			 "%sConnection: %s\r\n\r\n", status,
			 http_reason(status), type, len,
			 status == 405 ? "Allow: GET, HEAD\r\n" : "",
			 keep ? "keep-alive" : "close");

	put(c, h, n);
}

static void answer_error(struct conn *c, int status, int head, int keep)
{
	char body[128];
	int n = snprintf(body, sizeof(body), "<h1>%d %s</h1>\n", status,
			 http_reason(status));

	put_head(c, status, "text/html", n, keep);
	if (!head)
		put(c, body, n);
}

/* The file of @rq under the root, or 404. */
static void answer(struct conn *c, const struct request *rq)
{
	char path[sizeof(rq->path) + 256], *body;
	struct stat st;
	ssize_t r = 0;
	size_t got;
	int fd;

	snprintf(path, sizeof(path), "%s%s", root, rq->path);
	fd = open(path, O_RDONLY);
	if (fd < 0 || fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		if (fd >= 0)
			close(fd);
		answer_error(c, 404, rq->head, rq->keep);
		return;
	}
	put_head(c, 200, http_type(path), st.st_size, rq->keep);
	if (!rq->head && (body = room(c, st.st_size))) {
		for (got = 0; got < (size_t)st.st_size; got += r)
			if ((r = read(fd, body + got, st.st_size - got)) <= 0)
				break;
		if (got < (size_t)st.st_size)
			c->closing = 1;	/* the length promised cannot be kept */
	}
	close(fd);
}

/* Writes what it can; 0, or -1 when the connection is to be closed. */
static int flush(struct conn *c)
{
	struct epoll_event ev = { EPOLLIN, { .ptr = c } };
	ssize_t n;

	while (c->outoff < c->outlen) {
		n = write(c->fd, c->out + c->outoff, c->outlen - c->outoff);
		if (n < 0 && errno == EAGAIN)
			break;
		if (n <= 0)
			return -1;
		c->outoff += n;
	}
	if (c->outoff == c->outlen) {
		c->outoff = c->outlen = 0;
		if (c->closing)
			return -1;
	} else {
		ev.events |= EPOLLOUT;
	}
	epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev);
	return 0;
}

/* Reads what has arrived and answers every complete request in it. */
static int serve(struct conn *c)
{
	struct request rq;
	size_t used;
	ssize_t n = 1;
	int eof = 0;

	while (c->inlen < REQ_MAX &&
	       (n = read(c->fd, c->in + c->inlen, REQ_MAX - c->inlen)) > 0) {
		c->inlen += n;
		touch(c);
	}
	if (n < 0 && errno != EAGAIN)
		return -1;
	if (n == 0)	/* end of input: answer what came, then close */
		eof = 1;
	if (c->closing)	/* nothing more is answered */
		c->inlen = 0;
	while (!c->closing && c->inlen &&
	       (used = http_parse(c->in, c->inlen, &rq))) {
		if (rq.status)
			answer_error(c, rq.status, rq.head, 0);
		else
			answer(c, &rq);
		memmove(c->in, c->in + used, c->inlen - used);
		c->inlen -= used;
		c->closing = !rq.keep;
	}
	c->closing |= eof;
	return flush(c);
}

static void accept_all(int lfd)
{
	static const char busy[] = "HTTP/1.1 503 Service Unavailable\r\n"
		"Content-Length: 0\r\nConnection: close\r\n\r\n";
	struct epoll_event ev = { EPOLLIN, { 0 } };
	struct conn *c;
	int fd;

	while ((fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
		if (nconns == MAX_CONNS)	/* make room: the idlest goes */
			conn_close(lru_first);
		c = calloc(1, sizeof(*c));
		if (!c) {
			write(fd, busy, sizeof(busy) - 1);
			close(fd);
			continue;
		}
		c->fd = fd;
		ev.data.ptr = c;
		epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
		nconns++;
		touch(c);
	}
}

/* Closes connections idle for IDLE_MS (the oldest come first). */
static void expire(void)
{
	long long t = now_ms();

	while (lru_first && t - lru_first->last > IDLE_MS)
		conn_close(lru_first);
}

int main(int argc, char *argv[])
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	struct epoll_event ev = { EPOLLIN, { 0 } }, evs[64];
	int lfd, one = 1, n;

	a.sin_port = htons(argc > 1 ? atoi(argv[1]) : 80);
	if (argc > 2)
		root = argv[2];
	lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof(a)) ||
	    listen(lfd, 128)) {
		perror("httpd: socket");
		return 1;
	}
	ep = epoll_create1(0);
	ev.data.ptr = NULL;	/* the listening socket */
	epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
	printf("httpd: serving %s on port %d\n", root, ntohs(a.sin_port));
	fflush(stdout);
	for (;;) {
		n = epoll_wait(ep, evs, 64, 1000);
		for (int i = 0; i < n; i++) {
			struct conn *c = evs[i].data.ptr;

			if (!c)
				accept_all(lfd);
			else if (((evs[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) ?
				  serve(c) : flush(c)) < 0)
				conn_close(c);
		}
		expire();
	}
}

/* HTTP/1.1 requests, parsed from a connection's input buffer (http.c). */
#ifndef HTTPD_HTTP_H
#define HTTPD_HTTP_H

#include <stddef.h>

#define REQ_MAX	8192	/* request line and headers: 431 beyond */
#define URI_MAX	2048	/* request target: 414 beyond */

struct request {
	int status;	/* 0: serve path; else the error to answer */
	int head;	/* HEAD: headers only */
	int keep;	/* keep the connection open after the answer */
	char path[URI_MAX + 16];	/* decoded, "/" -> "/index.html" */
};

/* Looks at the @len bytes of @in. Returns 0 while the request is not
 * complete, else the bytes it takes (request line and headers) with @rq
 * filled in. An error leaves rq->status set and rq->keep 0. */
size_t http_parse(const char *in, size_t len, struct request *rq);

/* The reason phrase of @status. */
const char *http_reason(int status);

/* The Content-Type for @path, by its extension. */
const char *http_type(const char *path);

#endif

/* Request parsing (RFC 9112): request line, header fields, keep-alive.
 * Only what a static file server needs; anything it cannot serve gets a
 * status and the connection is closed after the answer. */
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include "http.h"

/* token characters of a method or a field name (RFC 9110 tchar) */
static int tchar(int c)
{
	return isalnum(c) || (c && strchr("!#$%&'*+-.^_`|~", c));
}

static size_t fail(struct request *rq, int status, size_t used)
{
	rq->status = status;
	rq->keep = 0;
	return used;
}

static int hexval(int c)
{
	return isdigit(c) ? c - '0' : tolower(c) - 'a' + 10;
}

/* A ".." segment in @p: a way out of the document root. */
static int dotdot(const char *p)
{
	for (; (p = strstr(p, "/..")); p += 3)
		if (p[3] == '/' || !p[3])
			return 1;
	return 0;
}

/* Decodes the @n bytes of @uri (no query) into rq->path: 0 or 400. */
static int set_path(struct request *rq, const char *uri, size_t n)
{
	char *p = rq->path;

	for (size_t i = 0; i < n; i++) {
		int c = (unsigned char)uri[i];

		if (c == '%') {
			if (i + 2 >= n || !isxdigit((unsigned char)uri[i + 1]) ||
			    !isxdigit((unsigned char)uri[i + 2]))
				return 400;
			c = hexval(uri[i + 1]) * 16 + hexval(uri[i + 2]);
			i += 2;
		}
		if (!c)
			return 400;
		*p++ = c;
	}
	*p = '\0';
	if (dotdot(rq->path))
		return 400;
	if (p[-1] == '/')
		strcpy(p, "index.html");
	return 0;
}

/* The request line: METHOD SP target SP HTTP/1.x, ending at @eol. */
static int request_line(struct request *rq, const char *s, const char *eol,
			int *minor)
{
	const char *m = s, *t, *v;

	while (s < eol && tchar(*s))
		s++;
	if (s == m || *s != ' ')
		return 400;
	t = ++s;
	while (s < eol && *s != ' ')
		s++;
	if (s == eol)
		return 400;
	v = s + 1;
	if (eol - v != 8 || memcmp(v, "HTTP/1.", 7) || (v[7] != '0' && v[7] != '1'))
		return 400;
	*minor = v[7] - '0';
	if (s - t > URI_MAX)
		return 414;
	if (*t != '/')
		return 400;
	rq->head = t - m == 5 && !memcmp(m, "HEAD", 4);
	if (!rq->head && !(t - m == 4 && !memcmp(m, "GET", 3)))
		return 405;
	return set_path(rq, t, strcspn(t, "? "));	/* s is a space */
}

size_t http_parse(const char *in, size_t len, struct request *rq)
{
	const char *end = in + len, *line, *eol, *colon;
	int minor = 1, host = 0, keep = -1, body = 0, st;

	memset(rq, 0, sizeof(*rq));
	eol = memchr(in, '\n', len);
	if (!eol)	/* a request line that cannot fit is 414 at once */
		return len > URI_MAX + 16 ? fail(rq, 414, len) : 0;
	/* the header ends with an empty line; until then, wait or 431 */
	for (line = eol + 1; ; line = eol + 1) {
		eol = memchr(line, '\n', end - line);
		if (!eol)
			return len >= REQ_MAX ? fail(rq, 431, len) : 0;
		if (eol == line || (eol == line + 1 && *line == '\r'))
			break;
	}
	eol = memchr(in, '\n', len);
	st = request_line(rq, in, eol > in && eol[-1] == '\r' ? eol - 1 : eol,
			  &minor);
	if (st)
		return fail(rq, st, len);
	for (line = eol + 1; ; line = eol + 1) {
		eol = memchr(line, '\n', end - line);
		const char *e = eol > line && eol[-1] == '\r' ? eol - 1 : eol;

		if (e == line)
			break;
		for (colon = line; colon < e && tchar(*colon); colon++)
			;
		if (colon == line || colon == e || *colon != ':')
			return fail(rq, 400, len);
		size_t n = colon - line;
		const char *val = colon + 1;

		while (val < e && (*val == ' ' || *val == '\t'))
			val++;
		if (n == 4 && !strncasecmp(line, "host", 4))
			host = 1;
		else if (n == 10 && !strncasecmp(line, "connection", 10))
			keep = !strncasecmp(val, "close", 5) ? 0 :
			       !strncasecmp(val, "keep-alive", 10) ? 1 : keep;
		else if ((n == 14 && !strncasecmp(line, "content-length", 14) &&
			  strspn(val, "0") != (size_t)(e - val)) ||
			 (n == 17 && !strncasecmp(line, "transfer-encoding", 17)))
			body = 1;
	}
	if (minor == 1 && !host)
		return fail(rq, 400, len);
	/* HTTP/1.1 keeps the connection unless told; 1.0 only if asked. A
	 * body we do not read ends the connection after the answer. */
	rq->keep = !body && (keep == -1 ? minor == 1 : keep);
	return eol + 1 - in;
}

const char *http_reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 400: return "Bad Request";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 414: return "URI Too Long";
	case 431: return "Request Header Fields Too Large";
	case 503: return "Service Unavailable";
	default: return "Error";
	}
}

const char *http_type(const char *path)
{
	static const char *const types[][2] = {
		{ ".html", "text/html" }, { ".htm", "text/html" },
		{ ".css", "text/css" }, { ".js", "application/javascript" },
		{ ".txt", "text/plain" }, { ".json", "application/json" },
		{ ".png", "image/png" }, { ".jpg", "image/jpeg" },
		{ ".gif", "image/gif" }, { ".svg", "image/svg+xml" },
		{ ".ico", "image/x-icon" },
	};
	const char *dot = strrchr(path, '.');

	for (size_t i = 0; dot && i < sizeof(types) / sizeof(types[0]); i++)
		if (!strcasecmp(dot, types[i][0]))
			return types[i][1];
	return "application/octet-stream";
}

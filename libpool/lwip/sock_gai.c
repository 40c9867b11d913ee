/* getaddrinfo and getnameinfo for the C libraries (uk/socket.h): numbers,
 * then /etc/hosts (read through vfscore), then DNS through lwIP. */
#include "sock_impl.h"
#include <netdb.h>
#include <string.h>
#include <uk/alloc.h>
#include <uk/vfs.h>

#define HOSTS_MAX	65536	/* bytes of /etc/hosts read */
#define ADDRS_MAX	8	/* addresses per name */

/* A resolved name: addresses (network order, 4 or 16 bytes used) with
 * their families, and the canonical name. */
struct names {
	unsigned char a[ADDRS_MAX][16];
	int fam[ADDRS_MAX];
	int n;
	char canon[256];
};

static void add(struct names *r, int fam, const void *a)
{
	if (r->n < ADDRS_MAX) {
		memcpy(r->a[r->n], a, fam == AF_INET ? 4 : 16);
		r->fam[r->n++] = fam;
	}
}

static int numeric(const char *node, int family, struct names *r)
{
	unsigned char a[16];
	unsigned int v4;

	if (family != AF_INET6 && uksock_inet_aton(node, &v4) == 1 &&
	    !strchr(node, ' ')) {
		add(r, AF_INET, &v4);
		return 1;
	}
	if (family != AF_INET && uksock_inet_pton(AF_INET6, node, a) == 1) {
		add(r, AF_INET6, a);
		return 1;
	}
	return 0;
}

static char *read_hosts(void)
{
	struct uk_alloc *a = uk_alloc_get_default();
	char *buf;
	long n, got = 0;
	int fd = vfscore_open("/etc/hosts", VFSCORE_O_RDONLY, 0);

	if (fd < 0)
		return NULL;
	buf = uk_malloc(a, HOSTS_MAX + 1);
	while (buf && got < HOSTS_MAX &&
	       (n = vfscore_read(fd, buf + got, HOSTS_MAX - got)) > 0)
		got += n;
	vfscore_close(fd);
	if (buf)
		buf[got] = '\0';
	return buf;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* The next word of the line at *@p (stops at '\n' and '#'), or NULL. */
static char *word(char **p, size_t *len)
{
	char *s = *p, *w;

	while (is_space(*s))
		s++;
	if (!*s || *s == '\n' || *s == '#')
		return NULL;
	w = s;
	while (*s && !is_space(*s) && *s != '\n' && *s != '#')
		s++;
	*len = s - w;
	*p = s;
	return w;
}

static void next_line(char **p)
{
	char *nl = strchr(*p, '\n');

	*p = nl ? nl + 1 : *p + strlen(*p);
}

/* /etc/hosts lines "ADDRESS NAME ALIAS..." naming @node: their addresses
 * of @family; the canonical name is the first NAME. */
static void from_hosts(const char *node, int family, struct names *r)
{
	char *buf = read_hosts(), *p, *w, *canon, addr[64];
	size_t len, clen, nlen = strlen(node);
	struct names one;

	for (p = buf; p && *p; next_line(&p)) {
		w = word(&p, &len);
		if (!w || len >= sizeof(addr))
			continue;
		memcpy(addr, w, len);
		addr[len] = '\0';
		canon = word(&p, &clen);
		for (w = canon, len = clen; w; w = word(&p, &len))
			if (len == nlen && !strncasecmp(w, node, len))
				break;
		one.n = 0;
		if (!w || !numeric(addr, family, &one))
			continue;
		if (!r->n && clen < sizeof(r->canon)) {
			memcpy(r->canon, canon, clen);
			r->canon[clen] = '\0';
		}
		add(r, one.fam[0], one.a[0]);
	}
	uk_free(uk_alloc_get_default(), buf);
}

static int resolve(const char *node, const struct addrinfo *h,
		   struct names *r)
{
	static const unsigned char lo6[16] = { [15] = 1 };
	const unsigned int lo4 = __builtin_bswap32(0x7f000001);
	int n;

	if (numeric(node, h->ai_family, r))
		return 0;
	if (h->ai_flags & AI_NUMERICHOST)
		return EAI_NONAME;
	from_hosts(node, h->ai_family, r);
	if (!r->n && !strcasecmp(node, "localhost")) {
		if (h->ai_family != AF_INET6)
			add(r, AF_INET, &lo4);
		if (h->ai_family != AF_INET)
			add(r, AF_INET6, lo6);
	}
	if (r->n)
		return 0;
	n = uksock_dns_lookup(node, h->ai_family, r->a[0], r->fam, ADDRS_MAX);
	if (n > 0) {
		r->n = n;
		return 0;
	}
	return n == -EAGAIN ? EAI_AGAIN : EAI_NONAME;
}

static int service(const char *s, const struct addrinfo *h, int *port)
{
	static const struct { const char *name; int port; } known[] = {
		{ "echo", 7 }, { "discard", 9 }, { "ftp", 21 }, { "ssh", 22 },
		{ "telnet", 23 }, { "smtp", 25 }, { "domain", 53 },
		{ "http", 80 }, { "https", 443 },
	};
	unsigned long v = 0;
	const char *p;
	size_t i;

	*port = 0;
	if (!s)
		return 0;
	for (p = s; *p >= '0' && *p <= '9' && v <= 65535; p++)
		v = v * 10 + (*p - '0');
	if (p != s && !*p) {
		if (v > 65535)
			return EAI_SERVICE;
		*port = v;
		return 0;
	}
	if (h->ai_flags & AI_NUMERICSERV)
		return EAI_NONAME;
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (!strcmp(s, known[i].name)) {
			*port = known[i].port;
			return 0;
		}
	return EAI_SERVICE;
}

/* One result: the addrinfo, its address and its name in one block. */
static struct addrinfo *entry(int fam, const unsigned char *a, int port,
			      int type, int proto, const char *canon)
{
	size_t clen = canon ? strlen(canon) + 1 : 0;
	struct addrinfo *ai;
	struct sockaddr_in6 *s6;
	struct sockaddr_in *s4;

	ai = uk_calloc(uk_alloc_get_default(), 1, sizeof(*ai) +
		       sizeof(struct sockaddr_in6) + clen);
	if (!ai)
		return NULL;
	ai->ai_family = fam;
	ai->ai_socktype = type;
	ai->ai_protocol = proto;
	ai->ai_addr = (struct sockaddr *)(ai + 1);
	if (fam == AF_INET) {
		s4 = (struct sockaddr_in *)ai->ai_addr;
		s4->sin_family = AF_INET;
		s4->sin_port = __builtin_bswap16(port);
		memcpy(&s4->sin_addr, a, 4);
		ai->ai_addrlen = sizeof(*s4);
	} else {
		s6 = (struct sockaddr_in6 *)ai->ai_addr;
		s6->sin6_family = AF_INET6;
		s6->sin6_port = __builtin_bswap16(port);
		memcpy(&s6->sin6_addr, a, 16);
		ai->ai_addrlen = sizeof(*s6);
	}
	if (canon) {
		ai->ai_canonname = (char *)ai->ai_addr +
				   sizeof(struct sockaddr_in6);
		memcpy(ai->ai_canonname, canon, clen);
	}
	return ai;
}

void uksock_freeaddrinfo(struct addrinfo *res)
{
	struct addrinfo *next;

	for (; res; res = next) {
		next = res->ai_next;
		uk_free(uk_alloc_get_default(), res);
	}
}

/* The no-node addresses: any (AI_PASSIVE) or loopback. */
static void passive(const struct addrinfo *h, struct names *r)
{
	static const unsigned char any[16], lo6[16] = { [15] = 1 };
	const unsigned int lo4 = __builtin_bswap32(0x7f000001);
	int pas = h->ai_flags & AI_PASSIVE;

	if (h->ai_family != AF_INET)
		add(r, AF_INET6, pas ? any : lo6);
	if (h->ai_family != AF_INET6)
		add(r, AF_INET, pas ? any : (const unsigned char *)&lo4);
}

int uksock_getaddrinfo(const char *node, const char *serv,
		       const struct addrinfo *hints, struct addrinfo **res)
{
	static const int types[3][2] = { { SOCK_STREAM, IPPROTO_TCP },
					 { SOCK_DGRAM, IPPROTO_UDP },
					 { SOCK_RAW, 0 } };
	struct addrinfo h = { 0 }, *head = NULL, **tail = &head, *ai;
	struct names r = { .n = 0 };
	int port, err, i, t;

	if (hints)
		h = *hints;
	if (!node && !serv)
		return EAI_NONAME;
	if (h.ai_family != AF_UNSPEC && h.ai_family != AF_INET &&
	    h.ai_family != AF_INET6)
		return EAI_FAMILY;
	if (h.ai_socktype < 0 || h.ai_socktype > SOCK_RAW)
		return EAI_SOCKTYPE;
	if (h.ai_flags & ~(AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST |
			   AI_V4MAPPED | AI_ALL | AI_ADDRCONFIG |
			   AI_NUMERICSERV))
		return EAI_BADFLAGS;
	err = service(serv, &h, &port);
	if (err)
		return err;
	if (node) {
		err = resolve(node, &h, &r);
		if (err)
			return err;
	} else {
		passive(&h, &r);
	}
	for (i = 0; i < r.n; i++)
		for (t = 0; t < 3; t++) {
			if (h.ai_socktype && h.ai_socktype != types[t][0])
				continue;
			if (!h.ai_socktype && serv && types[t][0] == SOCK_RAW)
				continue;
			ai = entry(r.fam[i], r.a[i], port, types[t][0],
				   h.ai_protocol ? h.ai_protocol : types[t][1],
				   !head && (h.ai_flags & AI_CANONNAME) && node
					? (r.canon[0] ? r.canon : node)
					: NULL);
			if (!ai) {
				uksock_freeaddrinfo(head);
				return EAI_MEMORY;
			}
			*tail = ai;
			tail = &ai->ai_next;
		}
	*res = head;
	return head ? 0 : EAI_NONAME;
}

/* The first /etc/hosts name of address @a (@fam), or 0. */
static int host_name(int fam, const void *a, char *host, unsigned int len)
{
	char *buf = read_hosts(), *p, *w, addr[64];
	struct names one;
	size_t wl, nl;
	int found = 0;

	for (p = buf; p && *p && !found; next_line(&p)) {
		w = word(&p, &wl);
		if (!w || wl >= sizeof(addr))
			continue;
		memcpy(addr, w, wl);
		addr[wl] = '\0';
		one.n = 0;
		if (!numeric(addr, fam, &one) || one.fam[0] != fam ||
		    memcmp(one.a[0], a, fam == AF_INET ? 4 : 16))
			continue;
		w = word(&p, &nl);
		if (w && nl < len) {
			memcpy(host, w, nl);
			host[nl] = '\0';
			found = 1;
		}
	}
	uk_free(uk_alloc_get_default(), buf);
	return found;
}

int uksock_getnameinfo(const void *sa, unsigned int salen, char *host,
		       unsigned int hostlen, char *serv, unsigned int servlen,
		       int flags)
{
	const struct sockaddr_in *s4 = sa;
	const struct sockaddr_in6 *s6 = sa;
	const void *a;
	int fam = s4->sin_family, port, n;
	char buf[8];

	if (fam == AF_INET && salen >= sizeof(*s4))
		a = &s4->sin_addr, port = s4->sin_port;
	else if (fam == AF_INET6 && salen >= sizeof(*s6))
		a = &s6->sin6_addr, port = s6->sin6_port;
	else
		return EAI_FAMILY;
	if (host && hostlen) {
		if (!(flags & NI_NUMERICHOST) &&
		    host_name(fam, a, host, hostlen))
			;
		else if (flags & NI_NAMEREQD)
			return EAI_NONAME;
		else if (uksock_inet_ntop(fam, a, host, hostlen))
			return EAI_OVERFLOW;
	}
	if (serv && servlen) {
		port = __builtin_bswap16(port);
		n = 0;
		do
			buf[n++] = '0' + port % 10;
		while ((port /= 10));
		if ((unsigned int)n + 1 > servlen)
			return EAI_OVERFLOW;
		while (n)
			*serv++ = buf[--n];
		*serv = '\0';
	}
	return 0;
}

/* Address text conversions for the C libraries' inet_pton, inet_ntop and
 * inet_aton (uk/socket.h), with glibc's rules: dotted quads without
 * leading zeros for inet_pton, inet_aton's a, a.b, a.b.c forms with octal
 * and hex parts, IPv6 text compressed as RFC 5952 says with an embedded
 * IPv4 tail for mapped and compatible addresses. No lwIP code: a program
 * that only converts addresses links no stack. */
#include <uk/socket.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>

#define AF_INET		2
#define AF_INET6	10

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Four decimal parts 0..255 without leading zeros: 1, else 0. */
static int pton4(const char *s, unsigned char *out)
{
	int parts = 0, digits = 0, v = 0;

	for (;; s++) {
		if (*s >= '0' && *s <= '9') {
			if (digits && !v)
				return 0;	/* leading zero */
			v = v * 10 + (*s - '0');
			if (v > 255 || ++digits > 3)
				return 0;
		} else if ((*s == '.' || !*s) && digits) {
			if (parts == 4)
				return 0;
			out[parts++] = v;
			v = digits = 0;
			if (!*s)
				return parts == 4;
		} else {
			return 0;
		}
	}
}

/* Eight groups of 1-4 hex digits, one "::" for a run of zero groups, an
 * IPv4 tail in place of the last two: 1, else 0. */
static int pton6(const char *p, unsigned char *out)
{
	uint16_t w[8];
	unsigned char q[4];
	int n = 0, gap = -1, i, d, h, v;
	const char *start;

	if (*p == ':') {
		if (p[1] != ':')
			return 0;
		gap = 0;
		p += 2;
	}
	while (*p) {
		start = p;
		for (v = d = 0; (h = hexval(*p)) >= 0; p++) {
			if (++d > 4)
				return 0;
			v = v * 16 + h;
		}
		if (*p == '.') {
			if (n > 6 || !pton4(start, q))
				return 0;
			w[n++] = q[0] << 8 | q[1];
			w[n++] = q[2] << 8 | q[3];
			break;
		}
		if (!d || n == 8)
			return 0;
		w[n++] = v;
		if (!*p)
			break;
		if (*p++ != ':' || !*p)
			return 0;	/* junk, or a trailing single ':' */
		if (*p == ':') {
			if (gap >= 0)
				return 0;	/* a second "::" */
			gap = n;
			p++;
		}
	}
	if (gap < 0 ? n != 8 : n > 7)
		return 0;
	for (i = 0; i < 8; i++) {
		if (gap < 0 || i < gap)
			v = w[i];
		else if (i < gap + 8 - n)
			v = 0;
		else
			v = w[i - (8 - n)];
		out[2 * i] = v >> 8;
		out[2 * i + 1] = v & 0xff;
	}
	return 1;
}

int uksock_inet_pton(int af, const char *src, void *dst)
{
	unsigned char buf[16];

	if (af == AF_INET) {
		if (!pton4(src, buf))
			return 0;
		memcpy(dst, buf, 4);
		return 1;
	}
	if (af == AF_INET6) {
		if (!pton6(src, buf))
			return 0;
		memcpy(dst, buf, 16);
		return 1;
	}
	return -EAFNOSUPPORT;
}

/* One part of inet_aton: decimal, 0octal or 0xhex; its end or NULL. */
static const char *aton_part(const char *s, unsigned long *v)
{
	int base = 10, d, any = 0;

	*v = 0;
	if (*s == '0') {
		base = 8;
		any = 1;
		s++;
		if (*s == 'x' || *s == 'X') {
			base = 16;
			any = 0;
			s++;
		}
	}
	for (; (d = hexval(*s)) >= 0 && d < base; s++, any = 1) {
		*v = *v * base + d;
		if (*v > 0xffffffffUL)
			return NULL;
	}
	return any ? s : NULL;
}

int uksock_inet_aton(const char *s, unsigned int *addr)
{
	unsigned long p[4];
	int n = 0;
	uint32_t v;

	for (;;) {
		s = aton_part(s, &p[n++]);
		if (!s)
			return 0;
		if (*s != '.')
			break;
		if (n == 4)
			return 0;
		s++;
	}
	if (*s && *s != ' ' && *s != '\t' && *s != '\n')
		return 0;
	switch (n) {
	case 1: v = p[0]; break;
	case 2: if (p[0] > 255 || p[1] > 0xffffff) return 0;
		v = p[0] << 24 | p[1]; break;
	case 3: if (p[0] > 255 || p[1] > 255 || p[2] > 0xffff) return 0;
		v = p[0] << 24 | p[1] << 16 | p[2]; break;
	default: if (p[0] > 255 || p[1] > 255 || p[2] > 255 || p[3] > 255)
			return 0;
		v = p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
	}
	*addr = __builtin_bswap32(v);
	return 1;
}

static char *utoa(char *p, unsigned v)
{
	char tmp[4];
	int n = 0;

	do
		tmp[n++] = '0' + v % 10;
	while ((v /= 10));
	while (n)
		*p++ = tmp[--n];
	return p;
}

static char *ntop4(char *p, const unsigned char *a)
{
	int i;

	for (i = 0; i < 4; i++) {
		p = utoa(p, a[i]);
		if (i < 3)
			*p++ = '.';
	}
	return p;
}

static char *ntop6(char *p, const unsigned char *a)
{
	static const char hex[] = "0123456789abcdef";
	int w[8], i, best = -1, blen = 0, cur = -1, clen = 0;

	for (i = 0; i < 8; i++)
		w[i] = a[2 * i] << 8 | a[2 * i + 1];
	for (i = 0; i <= 8; i++) {
		if (i < 8 && !w[i]) {
			if (cur < 0)
				cur = i, clen = 0;
			clen++;
		} else if (cur >= 0) {
			if (clen > blen)
				best = cur, blen = clen;
			cur = -1;
		}
	}
	if (blen < 2)
		best = -1;
	for (i = 0; i < 8; i++) {
		if (best >= 0 && i >= best && i < best + blen) {
			if (i == best)
				*p++ = ':';
			continue;
		}
		if (i)
			*p++ = ':';
		/* ::a.b.c.d and ::ffff:a.b.c.d as glibc writes them */
		if (i == 6 && best == 0 &&
		    (blen == 6 || (blen == 5 && w[5] == 0xffff)))
			return ntop4(p, a + 12);
		if (w[i] >> 12)
			*p++ = hex[w[i] >> 12];
		if (w[i] >> 8)
			*p++ = hex[w[i] >> 8 & 15];
		if (w[i] >> 4)
			*p++ = hex[w[i] >> 4 & 15];
		*p++ = hex[w[i] & 15];
	}
	if (best >= 0 && best + blen == 8)
		*p++ = ':';
	return p;
}

int uksock_inet_ntop(int af, const void *src, char *dst, unsigned int size)
{
	char buf[48];
	size_t n;

	if (af == AF_INET)
		n = ntop4(buf, src) - buf;
	else if (af == AF_INET6)
		n = ntop6(buf, src) - buf;
	else
		return -EAFNOSUPPORT;
	if (n + 1 > size)
		return -ENOSPC;
	memcpy(dst, buf, n);
	dst[n] = '\0';
	return 0;
}

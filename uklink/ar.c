/* ar.c: enumerate the members of an ar archive in memory (GNU/SysV
 * format, BSD long names). */
#include "ar.h"
#include "util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct arhdr {
	char name[16], date[12], uid[6], gid[6], mode[8], size[10], fmag[2];
};

static int parse_dec(const char *p, size_t n, size_t *out)
{
	size_t v = 0;
	int any = 0;
	for (size_t i = 0; i < n && p[i] != ' '; i++) {
		if (p[i] < '0' || p[i] > '9' || v > (SIZE_MAX - 9) / 10)
			return -1;
		v = v * 10 + (size_t)(p[i] - '0');
		any = 1;
	}
	*out = v;
	return any ? 0 : -1;
}

/* Resolve a member's name; returns owned string or NULL if corrupt.
 * *skip gets the bytes of BSD-style names stored in the data. */
static char *member_name(const struct arhdr *h, const char *data,
			 size_t size, const char *longnames, size_t nlong,
			 size_t *skip)
{
	*skip = 0;
	if (h->name[0] == '/' && h->name[1] >= '0' && h->name[1] <= '9') {
		size_t off;
		if (parse_dec(h->name + 1, 15, &off) < 0 || off >= nlong)
			return NULL;
		const char *e = longnames + off;
		while (e < longnames + nlong && *e != '\n' && *e != 0)
			e++;
		if (e > longnames + off && e[-1] == '/')
			e--;
		return xstrndup(longnames + off, (size_t)(e - (longnames + off)));
	}
	if (!memcmp(h->name, "#1/", 3)) {
		size_t n;
		if (parse_dec(h->name + 3, 13, &n) < 0 || n > size)
			return NULL;
		*skip = n;
		return xstrndup(data, strnlen(data, n));
	}
	size_t n = 16;
	while (n && h->name[n - 1] == ' ')
		n--;
	if (n && h->name[n - 1] == '/')
		n--;
	return xstrndup(h->name, n);
}

int ar_each(const char *d, size_t len, ar_member_fn *cb, void *arg,
	    size_t *where)
{
	const char *end = d + len, *p = d + 8, *longnames = NULL;
	size_t nlong = 0;
	while (p < end) {
		*where = (size_t)(p - d);
		if ((size_t)(end - p) < sizeof(struct arhdr))
			return AR_ETRUNC;
		const struct arhdr *h = (const void *)p;
		size_t size;
		if (memcmp(h->fmag, "`\n", 2) || parse_dec(h->size, 10, &size) ||
		    size > (size_t)(end - p) - sizeof(*h))
			return AR_ECORRUPT;
		const char *data = p + sizeof(*h);
		p = data + size + (size & 1);
		if (!memcmp(h->name, "/ ", 2) || !memcmp(h->name, "/SYM64/", 7) ||
		    !memcmp(h->name, "__.SYMDEF", 9))
			continue;
		if (!memcmp(h->name, "// ", 3)) {
			longnames = data;
			nlong = size;
			continue;
		}
		size_t skip;
		char *name = member_name(h, data, size, longnames, nlong, &skip);
		if (!name)
			return AR_ENAME;
		cb(arg, name, data + skip, size - skip);
		free(name);
	}
	return 0;
}

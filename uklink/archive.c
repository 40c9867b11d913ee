/* archive.c: enumerate the members of an application's ar archive
 * (GNU/SysV format, BSD long names). Members become candidate app
 * members, pulled only when they define a needed symbol (as lld does). */
#include "uk.h"

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

/* Call cb(arg, name, data, size) for every member of the ar archive d,
 * skipping the symbol and long-name tables. Returns 0, or an error
 * (AR_ETRUNC, AR_ECORRUPT, AR_ENAME) with *where the offset of the bad
 * header. */
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

struct app_ar {
	struct uk_ctx *c;
	int input;
};

static void app_member(void *arg, const char *name, const char *data,
		       size_t size)
{
	struct app_ar *a = arg;
	struct uk_ctx *c = a->c;
	struct uk_input *in = &c->inputs[a->input];
	char *disp = xasprintf("%s(%s)", in->path, name);
	int bc = size >= 4 && (!memcmp(data, "BC\xc0\xde", 4) ||
			       !memcmp(data, "\xde\xc0\x17\x0b", 4));
	int elf = size >= 4 && !memcmp(data, "\x7f" "ELF", 4);
	if (bc || elf) {
		int m = add_member(c, -1, name, disp, NULL, UK_M_APPMEMBER);
		c->members[m].input = a->input;
		c->members[m].bitcode = bc;
		c->members[m].data = data;
		c->members[m].size = size;
		if (bc) {
			check_bitcode_triple(c, disp, data, size);
			c->members[m].tls = bc_has_tls(
				(const unsigned char *)data, size);
		}
		if (elf) {
			/* copy: ELF structures need alignment */
			unsigned char *copy = xmalloc(size);
			memcpy(copy, data, size);
			elf_read_symbols(c, m, disp, copy, size);
			free(copy);
		}
	}
	free(disp);
}

int archive_members(struct uk_ctx *c, int input)
{
	struct uk_input *in = &c->inputs[input];
	struct app_ar a = { c, input };
	size_t where = 0;
	in->first_member = c->nmembers;
	int e = ar_each(in->data, in->len, app_member, &a, &where);
	if (e == AR_ETRUNC)
		uk_error(c, in->path, "truncated archive member header");
	else if (e == AR_ECORRUPT)
		uk_error(c, in->path, "corrupt or truncated archive at offset %zu",
			 where);
	else if (e == AR_ENAME)
		uk_error(c, in->path, "corrupt archive member name at offset %zu",
			 where);
	in->last_member = c->nmembers;
	return e ? -1 : 0;
}

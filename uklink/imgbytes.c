/* imgbytes.c: give every byte of every allocated section of the image to
 * exactly one report row, so that the rows add up to the image.
 *
 * A sized symbol owns its bytes (overlaps are counted once). What no
 * symbol covers is, in order:
 *  - code after an assembly label: the label's member;
 *  - in data: an 8-byte word pointing into a sized symbol (a jump table
 *    or a pointer array): that symbol's row;
 *  - a C string some linked member holds: that member;
 *  - data after an assembly label, up to the size of that member's
 *    section: the label's member;
 *  - fill (zeros; in code, the target's fill bytes: int3/nop on x86-64,
 *    fpdecode.h): (padding);
 *  - the rest: (unattributed), unless code refers to it RIP-relatively
 *    (constant pools, lookup tables; targets whose decoder says pcrel32):
 *    then the function that does.
 */
#include "fpdecode.h"
#include "uk.h"

#include <elf.h>
#include <stdlib.h>
#include <string.h>

struct chunk {
	int sec;
	uint64_t addr, len;
};

struct bytesctx {
	struct uk_ctx *c;
	const struct fp_decoder *dec; /* the target's code: fill, pcrel32 */
	int *owned;        /* bytes owned by labels, per member, this section */
	struct chunk *chunks; /* unattributed data, for the RIP-relative scan */
	int nchunks, capchunks;
};

/* Zeros, and the target's code fill bytes (fact fp_decoder). */
static int is_fill(const struct bytesctx *x, unsigned char b)
{
	return b == 0 || (x->dec && memchr(x->dec->fill, b, x->dec->nfill));
}

static void count(struct uk_ctx *c, int row, int sec, int64_t n)
{
	c->rep.bytes[(size_t)row * (size_t)c->rep.img.nsecs + (size_t)sec] +=
		(uint64_t)n;
}

static uint64_t le(const unsigned char *p, int n)
{
	uint64_t v = 0;
	for (int i = n - 1; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

/* The sized symbol containing addr, or NULL. */
static struct uk_isym *sym_at(const struct uk_ctx *c, uint64_t addr)
{
	const struct uk_report *r = &c->rep;
	int lo = 0, hi = r->nbyaddr - 1, best = -1;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		if (r->img.syms[r->byaddr[mid]].addr <= addr) {
			best = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	for (int k = best; k >= 0 && k > best - 4; k--) {
		struct uk_isym *y = &r->img.syms[r->byaddr[k]];
		if (addr >= y->addr && addr - y->addr < y->size)
			return y;
	}
	return NULL;
}

static int attributed(const struct uk_ctx *c, const struct uk_isym *y)
{
	return y && y->row <= c->nlibs + UK_ROW_APP && y->member >= 0;
}

/* The member whose C strings hold s, or -1: an exact match first, then a
 * string containing it (LTO turns printf("x\n") into puts("x")). */
static int string_member(const struct uk_ctx *c, const char *s)
{
	int i = map_get(&c->rep.strings, s);
	if (i >= 0)
		return c->rep.lnames[i].member;
	const struct uk_map *m = &c->rep.strings;
	for (size_t k = 0; k < m->cap; k++)
		if (m->keys[k] && strstr(m->keys[k], s))
			return c->rep.lnames[m->vals[k]].member;
	return -1;
}

/* How many more bytes of section sec a label of member m may own. */
static int64_t label_room(struct bytesctx *x, int sec, int m)
{
	char *k = xasprintf("%d\t%s", m, x->c->rep.img.secs[sec].name);
	int size = map_get(&x->c->rep.secsizes, k);
	free(k);
	if (size < 0)
		return INT64_MAX / 2; /* not a native member: no bound known */
	return size > x->owned[m] ? size - x->owned[m] : 0;
}

static void tally(struct bytesctx *x, int sec, uint64_t a, const int *own,
		  uint64_t n)
{
	int un = x->c->nlibs + UK_ROW_UNATTR;
	for (uint64_t i = 0; i < n;) {
		uint64_t j = i;
		while (j < n && own[j] == own[i])
			j++;
		count(x->c, own[i], sec, (int64_t)(j - i));
		if (own[i] == un) {
			struct chunk *ch = VPUSH(x->chunks, x->nchunks,
						 x->capchunks);
			ch->sec = sec;
			ch->addr = a + i;
			ch->len = j - i;
		}
		i = j;
	}
}

/* Uncovered bytes [a, b) of a data section. */
static void data_gap(struct bytesctx *x, int sec, uint64_t a, uint64_t b,
		     struct uk_isym *label)
{
	struct uk_ctx *c = x->c;
	const struct uk_isec *s = &c->rep.img.secs[sec];
	const unsigned char *d = (const unsigned char *)c->rep.img.data +
		s->off - s->addr;
	uint64_t n = b - a;
	int *own = xmalloc(sizeof(int) * (size_t)n);
	for (uint64_t i = 0; i < n; i++)
		own[i] = -1;
	for (uint64_t p = (a + 7) & ~7ull; p + 8 <= b; p += 8) {
		struct uk_isym *t = sym_at(c, le(d + p, 8));
		if (attributed(c, t))
			for (int i = 0; i < 8; i++)
				own[p - a + (uint64_t)i] = t->row;
	}
	for (uint64_t p = a; p < b;) {
		uint64_t q = p;
		while (q < b && d[q] && own[q - a] < 0)
			q++;
		if (q > p && q < b && !d[q] && (p == a || !d[p - 1])) {
			char *str = xstrndup((const char *)d + p, (size_t)(q - p));
			int m = string_member(c, str);
			free(str);
			for (uint64_t i = p; m >= 0 && i <= q; i++)
				own[i - a] = prov_row(c, m, "");
		}
		p = q + 1;
	}
	int64_t room = label ? label_room(x, sec, label->member) : 0;
	for (uint64_t i = 0; i < n; i++) {
		if (own[i] >= 0)
			continue;
		if (room > 0) {
			own[i] = label->row;
			label->bytes++;
			x->owned[label->member]++;
			room--;
		} else {
			own[i] = c->nlibs + (d[a + i] ? UK_ROW_UNATTR
					     : UK_ROW_PADDING);
		}
	}
	/* zeros inside unattributed data are part of it (constants) */
	int un = c->nlibs + UK_ROW_UNATTR;
	for (uint64_t i = 0, last = n; i < n; i++) {
		if (own[i] != un)
			continue;
		int all_pad = last < n;
		for (uint64_t k = last + 1; all_pad && k < i; k++)
			all_pad = own[k] == c->nlibs + UK_ROW_PADDING;
		for (uint64_t k = last + 1; all_pad && k < i; k++)
			own[k] = un;
		last = i;
	}
	tally(x, sec, a, own, n);
	free(own);
}

/* Uncovered bytes [a, b) of section sec, after `label` (or NULL). */
static void gap(struct bytesctx *x, int sec, uint64_t a, uint64_t b,
		struct uk_isym *label)
{
	struct uk_ctx *c = x->c;
	const struct uk_isec *s = &c->rep.img.secs[sec];
	if (a >= b)
		return;
	int nobits = s->type == SHT_NOBITS;
	if (label && ((s->flags & SHF_EXECINSTR) || nobits)) {
		label->bytes += b - a; /* code or space after an asm label */
		count(c, label->row, sec, (int64_t)(b - a));
		return;
	}
	/* a section only one native member has (.note.Xen): that member's */
	int first = -1, n = 0;
	for (int i = map_get(&c->rep.sections, s->name); i >= 0;
	     i = c->rep.lnames[i].next, n++)
		if (!n)
			first = c->rep.lnames[i].member;
	if (n == 1 && strcmp(s->name, ".text") && strcmp(s->name, ".data") &&
	    strcmp(s->name, ".rodata") && strcmp(s->name, ".bss")) {
		count(c, prov_row(c, first, ""), sec, (int64_t)(b - a));
		return;
	}
	if (nobits || s->off + (b - s->addr) > c->rep.img.len) {
		count(c, c->nlibs + UK_ROW_PADDING, sec, (int64_t)(b - a));
		return;
	}
	if (!(s->flags & SHF_EXECINSTR)) {
		data_gap(x, sec, a, b, label);
		return;
	}
	const unsigned char *d = (const unsigned char *)c->rep.img.data +
		s->off - s->addr;
	for (uint64_t p = a; p < b;) {
		int fill = is_fill(x, d[p]);
		uint64_t q = p;
		while (q < b && is_fill(x, d[q]) == fill)
			q++;
		count(c, c->nlibs + (fill ? UK_ROW_PADDING : UK_ROW_UNATTR), sec,
		      (int64_t)(q - p));
		p = q;
	}
}

static void section_bytes(struct bytesctx *x, int sec, const int *ix,
			  int from, int to)
{
	struct uk_ctx *c = x->c;
	struct uk_image *im = &c->rep.img;
	const struct uk_isec *s = &im->secs[sec];
	uint64_t cur = s->addr, end = s->addr + s->size;
	struct uk_isym *label = NULL;
	if (!strcmp(s->name, ".uk_symtab")) {
		count(c, c->nlibs + UK_ROW_SYMTAB, sec, (int64_t)s->size);
		return;
	}
	memset(x->owned, 0, sizeof(int) * (size_t)(c->nmembers + 1));
	for (int k = from; k < to; k++) {
		struct uk_isym *y = &im->syms[ix[k]];
		uint64_t a = y->addr < cur ? cur : y->addr;
		uint64_t b = y->addr + y->size > end ? end : y->addr + y->size;
		if (y->addr > cur && y->addr <= end) {
			gap(x, sec, cur, y->addr, label);
			cur = y->addr;
		}
		if (!y->size) {
			/* a library's or the app's label owns what follows */
			if (attributed(c, y))
				label = y;
			continue;
		}
		if (b > a) {
			y->bytes = b - a;
			count(c, y->row, sec, (int64_t)(b - a));
			cur = b;
			label = NULL;
		}
	}
	gap(x, sec, cur, end, label);
}

static int chunk_at(const struct bytesctx *x, uint64_t addr)
{
	int lo = 0, hi = x->nchunks - 1;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		const struct chunk *ch = &x->chunks[mid];
		if (addr < ch->addr)
			hi = mid - 1;
		else if (addr - ch->addr >= ch->len)
			lo = mid + 1;
		else
			return mid;
	}
	return -1;
}

/* Unattributed data that code addresses RIP-relatively (disp32 right
 * before the end of the instruction) goes to the referring function. */
static void rip_scan(struct bytesctx *x)
{
	struct uk_ctx *c = x->c;
	const struct uk_image *im = &c->rep.img;
	if (!x->dec || !x->dec->pcrel32)
		return;
	char *done = xcalloc((size_t)x->nchunks + 1, 1);
	for (int s = 0; s < im->nsecs && x->nchunks; s++) {
		const struct uk_isec *t = &im->secs[s];
		if (!(t->flags & SHF_EXECINSTR) || t->type == SHT_NOBITS ||
		    t->off + t->size > im->len || t->size < 4)
			continue;
		const unsigned char *d = (const unsigned char *)im->data + t->off;
		for (uint64_t i = 0; i + 4 <= t->size; i++) {
			int32_t disp = (int32_t)(uint32_t)le(d + i, 4);
			uint64_t target = t->addr + i + 4 + (uint64_t)(int64_t)disp;
			int k = chunk_at(x, target);
			if (k < 0 || done[k])
				continue;
			struct uk_isym *f = sym_at(c, t->addr + i);
			if (!attributed(c, f))
				continue;
			done[k] = 1;
			count(c, c->nlibs + UK_ROW_UNATTR, x->chunks[k].sec,
			      -(int64_t)x->chunks[k].len);
			count(c, f->row, x->chunks[k].sec, (int64_t)x->chunks[k].len);
		}
	}
	free(done);
}

static int by_addr(const void *a, const void *b, const struct uk_image *im)
{
	uint64_t x = im->syms[*(const int *)a].addr;
	uint64_t y = im->syms[*(const int *)b].addr;
	return x < y ? -1 : x > y;
}

static int chunk_cmp(const void *a, const void *b)
{
	const struct chunk *x = a, *y = b;
	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/* sorted: the image's symbols by section, then address (provenance.c). */
void image_bytes(struct uk_ctx *c, const int *sorted)
{
	struct uk_report *r = &c->rep;
	struct uk_image *im = &r->img;
	struct bytesctx x = {
		c, fp_decoder_find(target_fact(&c->t, "fp_decoder")), NULL,
		NULL, 0, 0 };
	x.owned = xcalloc((size_t)c->nmembers + 1, sizeof(int));
	/* sized symbols in address order, for pointers and RIP targets */
	r->byaddr = xmalloc(sizeof(int) * (size_t)(im->nsyms + 1));
	r->nbyaddr = 0;
	for (int i = 0; i < im->nsyms; i++)
		if (im->syms[sorted[i]].size && im->syms[sorted[i]].sec >= 0)
			r->byaddr[r->nbyaddr++] = sorted[i];
	for (int i = 1; i < r->nbyaddr; i++) /* nearly sorted already */
		for (int j = i; j > 0 && by_addr(&r->byaddr[j - 1],
						 &r->byaddr[j], im) > 0; j--) {
			int t = r->byaddr[j];
			r->byaddr[j] = r->byaddr[j - 1];
			r->byaddr[j - 1] = t;
		}
	int k = 0;
	while (k < im->nsyms && im->syms[sorted[k]].sec < 0)
		k++;
	for (int sec = 0; sec < im->nsecs; sec++) {
		int from = k;
		while (k < im->nsyms && im->syms[sorted[k]].sec == sec)
			k++;
		section_bytes(&x, sec, sorted, from, k);
	}
	if (x.nchunks)
		qsort(x.chunks, (size_t)x.nchunks, sizeof(*x.chunks),
		      chunk_cmp);
	rip_scan(&x);
	free(x.chunks);
	free(x.owned);
}

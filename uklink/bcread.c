/* bcread.c: the names a bitcode module defines, local ones included, and
 * its C string constants, read straight from the bitstream (no llvm-nm:
 * starting it costs more than the whole report). Used by --report to map
 * the LTO output's symbols and anonymous strings back to archive members,
 * and, reading the type table only, by the `fp` option default (fpuse.c).
 *
 * Only the module block's own records are decoded: GLOBALVAR, FUNCTION
 * and ALIAS (v2 records: names are offset/size into the STRTAB blob), the
 * module-level CONSTANTS block (CSTRING/STRING records) or, for
 * bc_uses_fp, the TYPE_BLOCK_ID_NEW block's type codes. Function
 * bodies, metadata and everything else are skipped by their length word.
 * Malformed input stops the reader; whatever was read is kept.
 */
#include "bcread.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

enum { ENC_LIT, ENC_FIXED, ENC_VBR, ENC_ARRAY, ENC_CHAR6, ENC_BLOB };
enum {
	BLK_BLOCKINFO = 0, BLK_MODULE = 8, BLK_CONSTANTS = 11, BLK_TYPES = 17,
	BLK_STRTAB = 23,
	MOD_TRIPLE = 2, MOD_GLOBALVAR = 7, MOD_FUNCTION = 8, MOD_ALIAS = 14,
	CST_STRING = 8, CST_CSTRING = 9, STRTAB_BLOB = 1,
};

struct op {
	int enc;
	uint64_t val;
};

struct abbrev {
	struct op *ops;
	int nops;
};

struct abbrevs {
	struct abbrev *v;
	int n, cap;
};

struct bs {
	const unsigned char *d;
	size_t nbits, pos;
	int bad, stop; /* stop: the caller has what it wanted */
	struct abbrevs info[32]; /* BLOCKINFO abbrevs per block id < 32 */
};

struct rec {
	unsigned code;
	uint64_t *ops;
	int nops, cap;
	const unsigned char *blob;
	size_t bloblen;
};

static uint64_t bits(struct bs *b, unsigned n)
{
	if (n > 64 || b->pos + n > b->nbits) {
		b->bad = 1;
		b->pos = b->nbits;
		return 0;
	}
	uint64_t v = 0;
	for (unsigned i = 0; i < n;) {
		size_t byte = b->pos >> 3;
		unsigned off = b->pos & 7, take = 8 - off;
		if (take > n - i)
			take = n - i;
		v |= (uint64_t)((b->d[byte] >> off) & ((1u << take) - 1)) << i;
		i += take;
		b->pos += take;
	}
	return v;
}

static uint64_t vbr(struct bs *b, unsigned n)
{
	uint64_t v = 0, hi = 1ull << (n - 1);
	for (unsigned sh = 0; !b->bad && sh < 64; sh += n - 1) {
		uint64_t x = bits(b, n);
		v |= (x & (hi - 1)) << sh;
		if (!(x & hi))
			return v;
	}
	b->bad = 1;
	return v;
}

static void align32(struct bs *b)
{
	b->pos = (b->pos + 31) & ~(size_t)31;
	if (b->pos > b->nbits)
		b->bad = 1;
}

static void abbrevs_free(struct abbrevs *a)
{
	for (int i = 0; i < a->n; i++)
		free(a->v[i].ops);
	free(a->v);
	memset(a, 0, sizeof(*a));
}

static void abbrevs_copy(struct abbrevs *to, const struct abbrevs *from)
{
	for (int i = 0; i < from->n; i++) {
		struct abbrev *a = VPUSH(to->v, to->n, to->cap);
		a->nops = from->v[i].nops;
		a->ops = xmalloc(sizeof(struct op) * (size_t)(a->nops + 1));
		memcpy(a->ops, from->v[i].ops, sizeof(struct op) * (size_t)a->nops);
	}
}

static void define_abbrev(struct bs *b, struct abbrevs *to)
{
	unsigned n = (unsigned)vbr(b, 5);
	if (n > 4096) {
		b->bad = 1;
		return;
	}
	struct abbrev *a = VPUSH(to->v, to->n, to->cap);
	a->ops = xcalloc(n + 1, sizeof(struct op));
	a->nops = 0;
	for (unsigned i = 0; i < n && !b->bad; i++) {
		struct op *o = &a->ops[a->nops++];
		if (bits(b, 1)) {
			o->enc = ENC_LIT;
			o->val = vbr(b, 8);
			continue;
		}
		o->enc = (int)bits(b, 3);
		if (o->enc == ENC_FIXED || o->enc == ENC_VBR) {
			o->val = vbr(b, 5);
			if (o->val == 0)
				o->enc = ENC_LIT; /* zero-width: the value 0 */
			else if (o->val > 64)
				b->bad = 1;
		} else if (o->enc < ENC_ARRAY || o->enc > ENC_BLOB) {
			b->bad = 1;
		}
	}
}

static void push(struct rec *r, uint64_t v)
{
	*(uint64_t *)VPUSH(r->ops, r->nops, r->cap) = v;
}

static uint64_t scalar(struct bs *b, const struct op *o)
{
	switch (o->enc) {
	case ENC_LIT: return o->val;
	case ENC_FIXED: return bits(b, (unsigned)o->val);
	case ENC_VBR: return vbr(b, (unsigned)o->val);
	case ENC_CHAR6: {
		uint64_t v = bits(b, 6);
		return v < 26 ? 'a' + v : v < 52 ? 'A' + v - 26
			: v < 62 ? '0' + v - 52 : v == 62 ? '.' : '_';
	}
	default:
		b->bad = 1;
		return 0;
	}
}

/* Read one record (abbrev id `id` already read) into r. */
static void read_record(struct bs *b, unsigned id, const struct abbrevs *ab,
			struct rec *r)
{
	r->nops = 0;
	r->blob = NULL;
	r->bloblen = 0;
	if (id == 3) { /* UNABBREV_RECORD */
		r->code = (unsigned)vbr(b, 6);
		uint64_t n = vbr(b, 6);
		for (uint64_t i = 0; i < n && !b->bad; i++)
			push(r, vbr(b, 6));
		return;
	}
	if (id - 4 >= (unsigned)ab->n) {
		b->bad = 1;
		return;
	}
	const struct abbrev *a = &ab->v[id - 4];
	for (int i = 0; i < a->nops && !b->bad; i++) {
		const struct op *o = &a->ops[i];
		if (o->enc == ENC_ARRAY) {
			uint64_t n = vbr(b, 6);
			if (i + 1 >= a->nops || n > b->nbits) {
				b->bad = 1;
				return;
			}
			for (uint64_t k = 0; k < n && !b->bad; k++)
				push(r, scalar(b, &a->ops[i + 1]));
			i++;
		} else if (o->enc == ENC_BLOB) {
			uint64_t n = vbr(b, 6);
			align32(b);
			if (b->bad || n > (b->nbits - b->pos) / 8) {
				b->bad = 1;
				return;
			}
			r->blob = b->d + b->pos / 8;
			r->bloblen = n;
			b->pos += n * 8;
			align32(b);
		} else {
			push(r, scalar(b, o));
		}
	}
	if (r->nops) { /* the first field is the record code */
		r->code = (unsigned)r->ops[0];
		memmove(r->ops, r->ops + 1, sizeof(uint64_t) * (size_t)--r->nops);
	}
}

struct bcread {
	struct uk_buf strtab;
	struct uk_strv cstrings;
	/* pending names: strtab offset, size, kind */
	uint64_t *names;
	int nnames, capnames;
	char *triple;
	int triple_only; /* stop at the module's TRIPLE record */
	int types_only;  /* read the type table only, for `fp` */
	int fp;          /* the type table has a floating-point type */
	int tls;         /* a GLOBALVAR record is thread_local */
};

/* TYPE_CODE_* of LLVM's LLVMBitCodes.h: FLOAT 3, DOUBLE 4, HALF 10,
 * X86_FP80 13, FP128 14, PPC_FP128 15, BFLOAT 23. The type table lists
 * every type the module uses: a double anywhere (an argument, a constant,
 * a global's initializer) puts DOUBLE there. */
static int fp_type(unsigned code)
{
	return code == 3 || code == 4 || code == 10 || code == 13 ||
	       code == 14 || code == 15 || code == 23;
}

static void skip_block(struct bs *b)
{
	align32(b);
	uint64_t words = bits(b, 32);
	if (b->bad || words > (b->nbits - b->pos) / 32)
		b->bad = 1;
	else
		b->pos += words * 32;
}

/* GLOBALVAR operands (with the strtab name first): offset, size, type,
 * isconst, initid, linkage, alignment, section, visibility, threadlocal
 * (0: not; 1..4: the TLS model). Declarations count: using one links TLS. */
static void note_tls(unsigned id, const struct rec *r, struct bcread *out)
{
	if (id == BLK_MODULE && r->code == MOD_GLOBALVAR && r->nops >= 10 &&
	    r->ops[9] != 0)
		out->tls = 1;
}

/* The body of a block whose header (id, width, length) was read. */
static void block(struct bs *b, unsigned id, unsigned width,
		  struct bcread *out, int depth)
{
	struct abbrevs ab = { 0 };
	if (id < 32)
		abbrevs_copy(&ab, &b->info[id]);
	struct rec r = { 0 };
	int cur_bid = -1;
	while (!b->bad && !b->stop) {
		unsigned a = (unsigned)bits(b, width);
		if (a == 0) { /* END_BLOCK */
			align32(b);
			break;
		}
		if (a == 1) { /* ENTER_SUBBLOCK */
			unsigned sub = (unsigned)vbr(b, 8), w = (unsigned)vbr(b, 4);
			int want = depth < 8 && w >= 2 && w <= 32 &&
				(sub == BLK_BLOCKINFO || sub == BLK_MODULE ||
				 (out->types_only ? sub == BLK_TYPES &&
				  id == BLK_MODULE : sub == BLK_STRTAB ||
				  (sub == BLK_CONSTANTS && id == BLK_MODULE)));
			if (!want) {
				skip_block(b);
				continue;
			}
			align32(b);
			bits(b, 32);
			block(b, sub, w, out, depth + 1);
			continue;
		}
		if (a == 2) {
			if (id == BLK_BLOCKINFO) {
				if (cur_bid >= 0 && cur_bid < 32)
					define_abbrev(b, &b->info[cur_bid]);
				else
					b->bad = 1;
			} else {
				define_abbrev(b, &ab);
			}
			continue;
		}
		read_record(b, a, &ab, &r);
		if (b->bad)
			break;
		note_tls(id, &r, out);
		if (id == BLK_BLOCKINFO && r.code == 1 && r.nops)
			cur_bid = (int)r.ops[0];
		else if (id == BLK_TYPES && fp_type(r.code))
			b->stop = out->fp = 1;
		else if (id == BLK_MODULE && r.code == MOD_TRIPLE &&
			 !out->triple) {
			struct uk_buf t = { 0 };
			for (int i = 0; i < r.nops; i++) {
				char ch = (char)r.ops[i];
				buf_add(&t, &ch, 1);
			}
			buf_add(&t, "", 1);
			out->triple = t.p;
			b->stop = out->triple_only;
		}
		else if (id == BLK_STRTAB && r.code == STRTAB_BLOB && r.blob)
			buf_add(&out->strtab, r.blob, r.bloblen);
		else if (id == BLK_CONSTANTS &&
			 (r.code == CST_CSTRING || r.code == CST_STRING)) {
			/* i8 arrays; pieces between NULs are what can show
			 * up in a merged string section */
			struct uk_buf s = { 0 };
			for (int i = 0; i <= r.nops; i++) {
				char ch = i < r.nops ? (char)r.ops[i] : 0;
				if (ch) {
					buf_add(&s, &ch, 1);
				} else if (s.n) {
					strv_push(&out->cstrings, s.p);
					s.n = 0;
				}
			}
			free(s.p);
		} else if (id == BLK_MODULE && r.nops >= 6 &&
			   (r.code == MOD_GLOBALVAR || r.code == MOD_FUNCTION ||
			    r.code == MOD_ALIAS)) {
			/* defined? globalvar: initid != 0; function: !isproto */
			int def = r.code == MOD_ALIAS ||
				(r.code == MOD_GLOBALVAR ? r.ops[4] != 0
				 : r.ops[4] == 0);
			/* linkage: 3 internal; 9, 13, 14 private (.L names,
			 * never in a symbol table) */
			uint64_t lk = r.ops[5];
			if (lk == 9 || lk == 13 || lk == 14)
				def = 0;
			if (def) {
				uint64_t *n = VPUSH(out->names, out->nnames,
						    out->capnames);
				n[0] = r.ops[0];
				n = VPUSH(out->names, out->nnames, out->capnames);
				n[0] = r.ops[1];
				n = VPUSH(out->names, out->nnames, out->capnames);
				n[0] = lk == 3 ? UK_BCN_LOCAL : UK_BCN_GLOBAL;
			}
		}
	}
	free(r.ops);
	abbrevs_free(&ab);
}

/* Decodes the module (and its STRTAB) into out; -1 if not bitcode. */
static int read_module(const unsigned char *d, size_t len, struct bs *b,
		       struct bcread *out)
{
	if (len >= 20 && !memcmp(d, "\xde\xc0\x17\x0b", 4)) {
		uint32_t off = (uint32_t)d[8] | (uint32_t)d[9] << 8 |
			(uint32_t)d[10] << 16 | (uint32_t)d[11] << 24;
		uint32_t sz = (uint32_t)d[12] | (uint32_t)d[13] << 8 |
			(uint32_t)d[14] << 16 | (uint32_t)d[15] << 24;
		if (off > len || sz > len - off)
			return -1;
		d += off;
		len = sz;
	}
	if (len < 8 || memcmp(d, "BC\xc0\xde", 4))
		return -1;
	b->d = d;
	b->nbits = (len & ~(size_t)3) * 8;
	b->pos = 32;
	while (!b->bad && !b->stop && b->pos + 32 <= b->nbits) {
		unsigned a = (unsigned)bits(b, 2);
		if (a != 1) {
			break;
		}
		unsigned id = (unsigned)vbr(b, 8), w = (unsigned)vbr(b, 4);
		if (id != BLK_MODULE && id != BLK_BLOCKINFO &&
		    (id != BLK_STRTAB || out->types_only)) {
			skip_block(b);
			continue;
		}
		if (w < 2 || w > 32)
			break;
		align32(b);
		bits(b, 32);
		block(b, id, w, out, 0);
	}
	return 0;
}

static void bs_free(struct bs *b, struct bcread *out)
{
	for (int i = 0; i < 32; i++)
		abbrevs_free(&b->info[i]);
	free(out->names);
	free(out->strtab.p);
	free(out->triple);
	strv_free(&out->cstrings);
}

char *bc_triple(const unsigned char *d, size_t len)
{
	struct bs b = { 0 };
	struct bcread out = { .triple_only = 1 };
	char *t = NULL;
	if (read_module(d, len, &b, &out) == 0) {
		t = out.triple;
		out.triple = NULL;
	}
	bs_free(&b, &out);
	return t;
}

int bc_uses_fp(const unsigned char *d, size_t len)
{
	struct bs b = { 0 };
	struct bcread out = { .types_only = 1 };
	/* unreadable: yes, the safe answer (a wrong yes costs bytes) */
	int fp = read_module(d, len, &b, &out) < 0 || out.fp ||
		 (b.bad && !b.stop);
	bs_free(&b, &out);
	return fp;
}

int bc_has_tls(const unsigned char *d, size_t len)
{
	struct bs b = { 0 };
	struct bcread out = { 0 };
	int tls = read_module(d, len, &b, &out) == 0 && out.tls;
	bs_free(&b, &out);
	return tls;
}

int bc_names(const unsigned char *d, size_t len,
	     uk_name_fn *cb, void *arg)
{
	struct bs b = { 0 };
	struct bcread out = { 0 };
	if (read_module(d, len, &b, &out) < 0)
		return -1;
	for (int i = 0; i + 2 < out.nnames; i += 3) {
		uint64_t o = out.names[i], n = out.names[i + 1];
		if (o > out.strtab.n || n > out.strtab.n - o || !n)
			continue;
		char *name = xstrndup(out.strtab.p + o, (size_t)n);
		cb(arg, name, (int)out.names[i + 2], 0);
		free(name);
	}
	for (int i = 0; i < out.cstrings.n; i++)
		cb(arg, out.cstrings.v[i], UK_BCN_STRING, 0);
	bs_free(&b, &out);
	return b.bad ? -1 : 0;
}

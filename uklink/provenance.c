/* provenance.c: where every symbol and byte of the final image comes
 * from (for --report and --why).
 *
 * ld.lld's map names one LTO object for everything, so the image's own
 * symbol table is mapped back through uklink's records: a global is
 * looked up in the resolution (the member that provided it); a name LTO
 * made local, or a static that kept its name, is looked up among the
 * names the linked members define (read from their bitcode or ELF, see
 * bcread.c); a renamed one (`foo.llvm.123`, `cmdline.62`) after removing
 * its suffix; a static defined by several linked members goes to the one
 * its neighbours in the image belong to. Bytes not covered by a symbol
 * are: code after an assembly label (its member), C strings (the member
 * whose constants hold the string), fill bytes ((padding)), or
 * (unattributed). Every byte of every allocated section lands in exactly
 * one row, so the rows add up to the image.
 */
#include "ar.h"
#include "bcread.h"
#include "uk.h"

#include <elf.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- names the linked members define ------------------------------- */

struct namectx {
	struct uk_report *r;
	int member;
};

static void add_lname(struct uk_report *r, struct uk_map *m, const char *name,
		      int member)
{
	int h = map_get(m, name), last = -1;
	for (int i = h; i >= 0; i = r->lnames[i].next) {
		if (r->lnames[i].member == member)
			return;
		last = i;
	}
	struct uk_lname *n = VPUSH(r->lnames, r->nlnames, r->caplnames);
	n->member = member;
	n->next = -1;
	if (last >= 0)
		r->lnames[last].next = r->nlnames - 1;
	else
		map_put(m, name, r->nlnames - 1);
}

static void name_cb(void *arg, const char *name, int kind, uint64_t size)
{
	struct namectx *n = arg;
	if (kind == UK_BCN_SECTION) {
		char *k = xasprintf("%d\t%s", n->member, name);
		map_put(&n->r->secsizes, k, size > INT32_MAX ? INT32_MAX
			: (int)size);
		free(k);
	}
	struct uk_map *m = kind == UK_BCN_STRING ? &n->r->strings
		: kind == UK_BCN_SECTION ? &n->r->sections : &n->r->names;
	add_lname(n->r, m, name, n->member);
}

static void member_names(struct uk_ctx *c, int m, const char *d, size_t len)
{
	struct namectx n = { &c->rep, m };
	if (len >= 4 && !memcmp(d, "\x7f" "ELF", 4)) {
		unsigned char *copy = xmalloc(len); /* aligned */
		memcpy(copy, d, len);
		elf_names(copy, len, name_cb, &n);
		free(copy);
	} else {
		bc_names((const unsigned char *)d, len, name_cb, &n);
	}
}

struct poolar {
	struct uk_ctx *c;
	int lib;
};

static void pool_member(void *arg, const char *name, const char *data,
			size_t size)
{
	struct poolar *a = arg;
	char *key = xasprintf("%s\t%s", a->c->libs[a->lib].name, name);
	int m = map_get(&a->c->membermap, key);
	free(key);
	if (m >= 0 && a->c->members[m].selected)
		member_names(a->c, m, data, size);
}

/* Names, strings and sections of every linked member. */
static void collect_names(struct uk_ctx *c)
{
	for (int l = 0; l < c->nlibs; l++) {
		if (!c->libs[l].selected)
			continue;
		char *path = xasprintf("%s/%s", c->pool.target_dir, c->libs[l].archive);
		char *d;
		size_t len, where;
		struct poolar a = { c, l };
		if (read_whole(path, &d, &len) == 0) {
			ar_each(d, len, pool_member, &a, &where);
			free(d);
		}
		free(path);
	}
	for (int m = 0; m < c->nmembers; m++) {
		const struct uk_member *mb = &c->members[m];
		char *d;
		size_t len;
		if (!mb->selected)
			continue;
		if (mb->kind == UK_M_APPMEMBER && mb->data)
			member_names(c, m, mb->data, mb->size);
		else if (mb->kind == UK_M_APPOBJ && mb->input >= 0)
			member_names(c, m, c->inputs[mb->input].data,
				     c->inputs[mb->input].len);
		else if ((mb->kind == UK_M_FORCED || mb->kind == UK_M_OPTIONS) &&
			 mb->path && read_whole(mb->path, &d, &len) == 0) {
			member_names(c, m, d, len);
			free(d);
		}
	}
}

/* ---- shortest reference chains (BFS from the roots) ----------------- */

static int provider_member(const struct uk_ctx *c, int sym)
{
	const struct uk_sym *y = &c->syms[sym];
	return y->prov == UK_PROV_DEF ? c->refs[y->prov_ref].member : -1;
}

static int is_rootwhy(const struct uk_why *w)
{
	return w->kind != UK_WHY_NEEDED && w->kind != UK_WHY_NONE;
}

/* A root of the chains: an input, or a forced member of a library linked
 * as a root (platform, mandatory, --lib). */
static int is_root(const struct uk_ctx *c, int m)
{
	const struct uk_member *mb = &c->members[m];
	if (!is_rootwhy(&mb->why))
		return 0;
	return mb->why.kind != UK_WHY_FORCED || mb->lib < 0 ||
	       is_rootwhy(&c->libs[mb->lib].why);
}

static void reach(struct uk_ctx *c, int *q, int *nq, int m, int from,
		  int sym, int dist)
{
	struct uk_report *r = &c->rep;
	if (r->dist[m] >= 0)
		return;
	r->dist[m] = dist;
	r->via_member[m] = from;
	r->via_sym[m] = sym;
	q[(*nq)++] = m;
	/* forced members come with their library, reached the same way */
	int l = c->members[m].lib;
	if (l < 0)
		return;
	for (int k = c->libs[l].first_member; k < c->libs[l].last_member; k++)
		if (c->members[k].kind == UK_M_FORCED && c->members[k].selected)
			reach(c, q, nq, k, from, sym, dist);
}

void prov_chains(struct uk_ctx *c)
{
	struct uk_report *r = &c->rep;
	int n = c->nmembers;
	r->via_member = xmalloc(sizeof(int) * (size_t)(n + 1));
	r->via_sym = xmalloc(sizeof(int) * (size_t)(n + 1));
	r->dist = xmalloc(sizeof(int) * (size_t)(n + 1));
	int *first = xmalloc(sizeof(int) * (size_t)(n + 1));
	int *next = xmalloc(sizeof(int) * (size_t)(c->nedges + 1));
	int *q = xmalloc(sizeof(int) * (size_t)(n + 1)), nq = 0;
	for (int m = 0; m < n; m++)
		r->dist[m] = r->via_member[m] = r->via_sym[m] = first[m] = -1;
	/* out-edges per member, in file order */
	for (int e = c->nedges - 1; e >= 0; e--) {
		int f = c->edges[e].from;
		next[e] = f >= 0 ? first[f] : -1;
		if (f >= 0)
			first[f] = e;
	}
	for (int m = 0; m < n; m++)
		if (c->members[m].selected && is_root(c, m))
			reach(c, q, &nq, m, -1, -1, 0);
	for (int i = 0; i < nq; i++) {
		int f = q[i];
		for (int e = first[f]; e >= 0; e = next[e]) {
			if (c->edges[e].weak)
				continue;
			int t = provider_member(c, c->edges[e].sym);
			if (t >= 0 && c->members[t].selected)
				reach(c, q, &nq, t, f, c->edges[e].sym,
				      r->dist[f] + 1);
		}
	}
	free(first);
	free(next);
	free(q);
}

/* How a report names a member: LIB(ARCHIVE:MEMBER), LIB(forced path),
 * or the app object / archive member as given. */
char *prov_name(const struct uk_ctx *c, int m)
{
	if (m < 0)
		return xstrdup("-");
	const struct uk_member *mb = &c->members[m];
	if (mb->lib < 0)
		return xstrdup(mb->display);
	const struct uk_lib *l = &c->libs[mb->lib];
	if (mb->kind == UK_M_FORCED)
		return xasprintf("%s(%s)", l->name, mb->display);
	const char *a = strrchr(l->archive, '/');
	return xasprintf("%s(%s:%s)", l->name, a ? a + 1 : l->archive, mb->name);
}

static char *root_reason(const struct uk_ctx *c, int m)
{
	const struct uk_member *mb = &c->members[m];
	if (mb->kind == UK_M_SCRIPT)
		return xstrdup("[linker script ENTRY]");
	if (mb->lib < 0 || !is_rootwhy(&mb->why))
		return xstrdup(is_rootwhy(&mb->why) ? "[input]" : "[?]");
	const struct uk_why *w = &c->libs[mb->lib].why;
	if (w->kind == UK_WHY_PLATFORM)
		return xasprintf("[platform of %s-%s]", c->o.arch, c->o.plat);
	if (w->kind == UK_WHY_MANDATORY)
		return xasprintf("[mandatory for %s-%s]", c->o.arch, c->o.plat);
	return xasprintf("[%s]", why_word(is_rootwhy(w) ? w->kind
					  : mb->why.kind));
}

/* One shortest chain from symbol `sym` in member m back to a root:
 * SYM, PROVIDER, SYM1, PROVIDER1, ..., ROOT-PROVIDER, [ROOT-REASON]. */
void prov_chain(const struct uk_ctx *c, const char *sym, int m,
		struct uk_strv *out)
{
	strv_push(out, sym);
	for (int k = 0; m >= 0 && k <= c->nmembers; k++) {
		char *p = prov_name(c, m);
		strv_push(out, p);
		free(p);
		int v = c->rep.via_member ? c->rep.via_member[m] : -1;
		if (v < 0) {
			char *why = c->rep.dist && c->rep.dist[m] >= 0
				? root_reason(c, m) : xstrdup("[?]");
			strv_push(out, why);
			free(why);
			return;
		}
		strv_push(out, c->syms[c->rep.via_sym[m]].name);
		m = v;
	}
}

/* ---- attributing the image's symbols -------------------------------- */

int prov_row(const struct uk_ctx *c, int m, const char *sym)
{
	const struct uk_member *mb = &c->members[m];
	if (mb->lib >= 0)
		return mb->lib;
	if (mb->kind == UK_M_SCRIPT)
		return c->nlibs + UK_ROW_LINKER;
	if (mb->kind == UK_M_OPTIONS && !strncmp(sym, "uk_opt_", 7))
		for (int i = 0; i < c->noptdefs; i++)
			if (!strcmp(c->optdefs[i].name, sym + 7) &&
			    c->optdefs[i].lib >= 0)
				return c->optdefs[i].lib;
	return c->nlibs + UK_ROW_APP;
}

/* The linked member defining global `name` per the resolution, or -1. */
static int global_member(const struct uk_ctx *c, const char *name)
{
	int s = map_get(&c->symmap, name);
	if (s < 0)
		return -1;
	int p = provider_member(c, s);
	if (p >= 0 && c->members[p].selected)
		return p;
	for (int d = c->syms[s].first_def; d >= 0; d = c->refs[d].next_def)
		if (c->members[c->refs[d].member].selected)
			return c->refs[d].member;
	return -1;
}

/* The linked members defining `name` (locals included): count, first. */
static int local_members(const struct uk_ctx *c, const char *name, int *first)
{
	int n = 0;
	*first = -1;
	for (int i = map_get(&c->rep.names, name); i >= 0;
	     i = c->rep.lnames[i].next) {
		if (!n)
			*first = c->rep.lnames[i].member;
		n++;
	}
	return n;
}

static void attribute(struct uk_ctx *c, struct uk_isym *y)
{
	int s = map_get(&c->symmap, y->name);
	if (s >= 0 && c->syms[s].prov == UK_PROV_LDSYM) {
		y->row = c->syms[s].prov_lib;
		y->how = "ldsym";
		return;
	}
	char *name = xstrdup(y->name);
	for (int tries = 0; tries < 4; tries++) {
		int m = global_member(c, name), first, n;
		if (m >= 0) {
			y->member = m;
			y->how = tries ? "renamed" : "global";
		} else if ((n = local_members(c, name, &first)) > 0) {
			y->member = first;
			y->how = n > 1 ? "ambiguous" : tries ? "renamed" : "local";
		}
		char *dot = strrchr(name, '.');
		if (y->member >= 0 || !dot || dot == name)
			break;
		*dot = 0; /* foo.llvm.123 -> foo.llvm -> foo, cmdline.62 */
	}
	free(name);
	if (y->member >= 0) {
		y->row = prov_row(c, y->member, y->name);
	} else if ((s >= 0 && c->syms[s].prov == UK_PROV_LINKER) ||
		   (y->type == STT_NOTYPE && !y->size)) {
		y->row = c->nlibs + UK_ROW_LINKER; /* script or ld.lld label */
		y->how = "linker";
	} else {
		y->row = c->nlibs + UK_ROW_UNATTR;
	}
}

static int sym_order(const void *a, const void *b, void *arg)
{
	const struct uk_isym *s = arg;
	const struct uk_isym *x = &s[*(const int *)a], *y = &s[*(const int *)b];
	if (x->sec != y->sec)
		return x->sec - y->sec;
	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	if (x->size != y->size)
		return x->size > y->size ? -1 : 1;
	return *(const int *)a - *(const int *)b;
}

/* qsort with a context, by insertion into a sorted index (n is small
 * enough; images have thousands of symbols at most). */
static int *sorted_syms(const struct uk_image *im)
{
	int *ix = xmalloc(sizeof(int) * (size_t)(im->nsyms + 1));
	for (int i = 0; i < im->nsyms; i++)
		ix[i] = i;
	/* merge sort, stable */
	int *tmp = xmalloc(sizeof(int) * (size_t)(im->nsyms + 1));
	for (int w = 1; w < im->nsyms; w *= 2)
		for (int lo = 0; lo < im->nsyms; lo += 2 * w) {
			int mid = lo + w < im->nsyms ? lo + w : im->nsyms;
			int hi = lo + 2 * w < im->nsyms ? lo + 2 * w : im->nsyms;
			int i = lo, j = mid, k = lo;
			while (i < mid || j < hi)
				tmp[k++] = j >= hi || (i < mid &&
					sym_order(&ix[i], &ix[j], im->syms) <= 0)
					? ix[i++] : ix[j++];
			memcpy(ix + lo, tmp + lo, sizeof(int) * (size_t)(hi - lo));
		}
	free(tmp);
	return ix;
}

/* A static defined by several linked members: take the one its nearest
 * attributed neighbour in the image belongs to (LTO keeps a module's
 * globals together). */
static void disambiguate(struct uk_ctx *c, const int *ix)
{
	struct uk_image *im = &c->rep.img;
	for (int k = 0; k < im->nsyms; k++) {
		struct uk_isym *y = &im->syms[ix[k]];
		if (strcmp(y->how, "ambiguous"))
			continue;
		for (int d = 1; d < im->nsyms; d++) {
			int pick = -1;
			for (int side = -1; side <= 1 && pick < 0; side += 2) {
				int j = k + side * d;
				if (j < 0 || j >= im->nsyms)
					continue;
				const struct uk_isym *z = &im->syms[ix[j]];
				if (z->sec != y->sec || z->member < 0 ||
				    !strcmp(z->how, "ambiguous"))
					continue;
				char *nm = xstrdup(y->name);
				for (int i = -1; i < 0;) {
					for (i = map_get(&c->rep.names, nm); i >= 0;
					     i = c->rep.lnames[i].next) {
						int m = c->rep.lnames[i].member;
						if (c->members[m].lib ==
						    c->members[z->member].lib) {
							pick = m;
							break;
						}
					}
					char *dot = strrchr(nm, '.');
					if (pick >= 0 || !dot || dot == nm)
						break;
					*dot = 0;
					i = -1;
				}
				free(nm);
			}
			if (pick >= 0) {
				y->member = pick;
				y->how = "nearby";
				y->row = prov_row(c, pick, y->name);
				break;
			}
			if (k - d < 0 && k + d >= im->nsyms)
				break;
		}
	}
}

/* Read the image and attribute every symbol and byte. Returns -1 if the
 * image cannot be read (the report then has no sizes). */
int prov_image(struct uk_ctx *c, const char *path)
{
	struct uk_report *r = &c->rep;
	if (image_read(&r->img, path) < 0)
		return -1;
	r->have_image = 1;
	collect_names(c);
	struct uk_image *im = &r->img;
	r->nrows = c->nlibs + UK_NPSEUDO;
	r->bytes = xcalloc((size_t)r->nrows * (size_t)(im->nsecs + 1),
			   sizeof(uint64_t));
	for (int i = 0; i < im->nsyms; i++)
		attribute(c, &im->syms[i]);
	int *ix = sorted_syms(im);
	disambiguate(c, ix);
	image_bytes(c, ix);
	free(ix);
	return 0;
}

void prov_free(struct uk_report *r)
{
	image_free(&r->img);
	free(r->bytes);
	free(r->via_member);
	free(r->via_sym);
	free(r->dist);
	free(r->byaddr);
	map_free(&r->names);
	map_free(&r->strings);
	map_free(&r->sections);
	map_free(&r->secsizes);
	free(r->lnames);
	memset(r, 0, sizeof(*r));
}

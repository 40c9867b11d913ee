/* resolve.c: choose the members to link, at member granularity like lld.
 *
 * Roots: the app objects, the forced members of the mandatory libraries
 * and of --lib libraries, the template's ENTRY symbol. Every strong
 * undefined reference of a selected member is an edge of the reference
 * graph; an unsatisfied edge selects a provider:
 *   app archive members first (command-line order), then a private
 *   definition of the referencing library, then linker-defined symbols,
 *   then the libraries exporting the symbol: (1) a --lib library,
 *   (2) an already selected one, (3) lowest rank, then name. Ambiguous
 *   choices (3) wait until nothing else can progress, so (2) wins
 *   whenever it can. At most one library per group: a conflict re-runs
 *   the resolution with one library that exports everything needed from
 *   the group, if there is one.
 * Each selected member records why (symbol, referencing member): that is
 * what -v (and later --why/--report) print.
 */
#include "uk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum step { STEP_DEFER, STEP_DONE, STEP_FAIL, STEP_RESTART };

const char *member_display(const struct uk_ctx *c, int m)
{
	return m >= 0 ? c->members[m].display : "(command line)";
}

int lib_cmp(const struct uk_ctx *c, int a, int b)
{
	if (c->libs[a].rank != c->libs[b].rank)
		return c->libs[a].rank - c->libs[b].rank;
	return strcmp(c->libs[a].name, c->libs[b].name);
}

static int eligible(const struct uk_ctx *c, int l)
{
	if (!c->libs[l].group)
		return 1;
	int g = group_choice(c, c->libs[l].group);
	return g < 0 || g == l;
}

static int is_ldsym(const struct uk_lib *l, const char *s)
{
	for (int i = 0; i < l->ldsyms.n; i++)
		if (!strcmp(l->ldsyms.v[i], s))
			return 1;
	return 0;
}

/* The member of library l exporting sym s (strong preferred), or -1. */
static int export_member(const struct uk_ctx *c, int l, int s)
{
	int weak = -1;
	for (int r = c->syms[s].first_def; r >= 0; r = c->refs[r].next_def) {
		const struct uk_ref *d = &c->refs[r];
		if (c->members[d->member].lib != l || (d->flags & UK_REF_PRIVATE))
			continue;
		if (!(d->flags & UK_REF_WEAK))
			return d->member;
		if (weak < 0)
			weak = d->member;
	}
	return weak;
}

int lib_exports(const struct uk_ctx *c, int l, int s)
{
	return export_member(c, l, s) >= 0 || is_ldsym(&c->libs[l], c->syms[s].name);
}

/* Symbols ld.lld defines itself. __tls_get_addr is not one, but -fPIC
 * objects call it for their thread-local variables (general and local
 * dynamic models), and ld.lld rewrites those sequences to local-exec
 * %fs accesses in a static image: no call remains. */
static int linker_defined(const char *s)
{
	static const char *const names[] = {
		"_GLOBAL_OFFSET_TABLE_", "__ehdr_start", "__executable_start",
		"_DYNAMIC", "__dso_handle", "__tls_get_addr", NULL,
	};
	for (int i = 0; names[i]; i++)
		if (!strcmp(s, names[i]))
			return 1;
	const char *id = !strncmp(s, "__start_", 8) ? s + 8
		: !strncmp(s, "__stop_", 7) ? s + 7 : NULL;
	if (!id || !*id)
		return 0;
	for (; *id; id++)
		if (!(*id == '_' || (*id >= 'a' && *id <= 'z') ||
		      (*id >= 'A' && *id <= 'Z') || (*id >= '0' && *id <= '9')))
			return 0;
	return 1;
}

static const struct uk_why WHY_FORCED = { UK_WHY_FORCED, -1, -1 };

static struct uk_why needed(int sym, int from)
{
	struct uk_why w = { UK_WHY_NEEDED, sym, from };
	return w;
}

static struct uk_why root(enum uk_why_kind k)
{
	struct uk_why w = { k, -1, -1 };
	return w;
}

static void select_member(struct uk_ctx *c, int m, struct uk_why why);

static void select_lib(struct uk_ctx *c, int l, struct uk_why why)
{
	struct uk_lib *lib = &c->libs[l];
	if (lib->selected)
		return;
	lib->selected = 1;
	lib->why = why;
	for (int i = 0; i < lib->ldsyms.n; i++) {
		/* interned first: sym_intern may move c->syms */
		int s = sym_intern(c, lib->ldsyms.v[i]);
		struct uk_sym *y = &c->syms[s];
		if (y->prov == UK_PROV_NONE) {
			y->prov = UK_PROV_LDSYM;
			y->prov_lib = l;
		}
	}
	for (int m = lib->first_member; m < lib->last_member; m++)
		if (c->members[m].kind == UK_M_FORCED)
			select_member(c, m, WHY_FORCED);
}

static void add_def(struct uk_ctx *c, int r)
{
	struct uk_ref *d = &c->refs[r];
	struct uk_sym *y = &c->syms[d->sym];
	if (y->prov != UK_PROV_DEF) {
		if (y->prov == UK_PROV_NONE || !(d->flags & UK_REF_PRIVATE)) {
			y->prov = UK_PROV_DEF;
			y->prov_ref = r;
		}
		return;
	}
	const struct uk_ref *old = &c->refs[y->prov_ref];
	unsigned weakish = UK_REF_WEAK | UK_REF_COMMON;
	if ((old->flags & weakish) && !(d->flags & weakish)) {
		y->prov_ref = r; /* a strong definition overrides a weak one */
	} else if (!(old->flags & weakish) && !(d->flags & weakish) &&
		   !y->dup_reported) {
		y->dup_reported = 1;
		uk_error(&c->dg, c->members[d->member].display,
			 "duplicate symbol: %s (also defined in %s)", y->name,
			 c->members[old->member].display);
	}
}

static void push_edge(struct uk_ctx *c, int from, int sym, int weak)
{
	struct uk_edge *e = VPUSH(c->edges, c->nedges, c->capedges);
	e->from = from;
	e->sym = sym;
	e->weak = weak;
	e->next = c->syms[sym].first_edge;
	c->syms[sym].first_edge = c->nedges - 1;
}

static void select_member(struct uk_ctx *c, int m, struct uk_why why)
{
	struct uk_member *mb = &c->members[m];
	if (mb->selected)
		return;
	mb->selected = 1;
	mb->why = why;
	/* a library is linked because its first member is */
	if (mb->lib >= 0)
		select_lib(c, mb->lib, needed(why.sym, why.from));
	/* refs are chained newest first: visit them in file order */
	int n = 0, cap = 0, *rs = NULL;
	for (int r = c->members[m].first_ref; r >= 0; r = c->refs[r].next_mem)
		*(int *)VPUSH(rs, n, cap) = r;
	for (int i = n - 1; i >= 0; i--)
		if (c->refs[rs[i]].flags & UK_REF_DEF)
			add_def(c, rs[i]);
	for (int i = n - 1; i >= 0; i--)
		if (!(c->refs[rs[i]].flags & UK_REF_DEF))
			push_edge(c, m, c->refs[rs[i]].sym,
				  !!(c->refs[rs[i]].flags & UK_REF_WEAK));
	free(rs);
}

static int satisfied(const struct uk_ctx *c, const struct uk_edge *e)
{
	const struct uk_sym *y = &c->syms[e->sym];
	if (y->prov == UK_PROV_NONE)
		return 0;
	if (y->prov != UK_PROV_DEF)
		return 1;
	const struct uk_ref *d = &c->refs[y->prov_ref];
	if (!(d->flags & UK_REF_PRIVATE))
		return 1;
	/* the template belongs to the platform: ENTRY may name a private */
	if (e->from >= 0 && c->members[e->from].kind == UK_M_SCRIPT)
		return 1;
	return e->from >= 0 &&
	       c->members[e->from].lib == c->members[d->member].lib;
}

/* Record why `best` won over the other libraries exporting e->sym (for
 * --report): pass 0 --lib, 1 already linked, 2 rank then name. */
static void note_decision(struct uk_ctx *c, const struct uk_edge *e,
			  int best, int pass, const int *cand, int n,
			  const int *el, int nel)
{
	struct uk_decision *d = VPUSH(c->decisions, c->ndecisions,
				      c->capdecisions);
	memset(d, 0, sizeof(*d));
	d->sym = e->sym;
	d->chosen = best;
	d->from = e->from;
	d->second = -1;
	for (int i = 0; i < nel; i++)
		if (el[i] != best && (d->second < 0 ||
				      lib_cmp(c, el[i], d->second) < 0))
			d->second = el[i];
	d->rule = pass == 0 ? UK_RULE_LIB : pass == 1 ? UK_RULE_LINKED
		: d->second < 0 ? UK_RULE_GROUP
		: c->libs[best].rank != c->libs[d->second].rank ? UK_RULE_RANK
		: UK_RULE_NAME;
	d->cands = xmalloc(sizeof(int) * (size_t)n);
	d->excl = xmalloc(sizeof(*d->excl) * (size_t)n);
	for (int i = 0; i < n; i++) {
		d->cands[d->ncands++] = cand[i];
		int in = 0;
		for (int k = 0; k < nel; k++)
			in |= el[k] == cand[i];
		if (!in) {
			struct uk_exclusion *x = &d->excl[d->nexcl++];
			x->lib = cand[i];
			x->holder = group_choice(c, c->libs[cand[i]].group);
		}
	}
}

/* Candidate libraries exporting sym (definitions or ldsyms). */
static int candidates(struct uk_ctx *c, int s, int *out)
{
	int n = 0;
	for (int l = 0; l < c->nlibs; l++)
		if (lib_exports(c, l, s))
			out[n++] = l;
	return n;
}

static enum step step(struct uk_ctx *c, int ei, int decide)
{
	struct uk_edge e = c->edges[ei];
	struct uk_sym *y = &c->syms[e.sym];
	int flib = e.from >= 0 ? c->members[e.from].lib : -1;
	if (satisfied(c, &e))
		return STEP_DONE;
	if (y->prov != UK_PROV_NONE)
		return STEP_FAIL; /* only someone else's private definition */
	for (int r = y->first_def; r >= 0; r = c->refs[r].next_def) {
		const struct uk_ref *d = &c->refs[r];
		const struct uk_member *m = &c->members[d->member];
		int script = e.from >= 0 &&
			c->members[e.from].kind == UK_M_SCRIPT;
		if (m->kind == UK_M_APPMEMBER ||
		    ((script || (flib >= 0 && m->lib == flib)) &&
		     (d->flags & UK_REF_PRIVATE))) {
			select_member(c, d->member, needed(e.sym, e.from));
			return STEP_DONE;
		}
	}
	if (linker_defined(y->name)) {
		y->prov = UK_PROV_LINKER;
		return STEP_DONE;
	}
	int *cand = xmalloc(sizeof(int) * (size_t)(2 * c->nlibs + 2));
	int n = candidates(c, e.sym, cand), *el = cand + n, nel = 0, best = -1;
	enum step st = STEP_FAIL;
	for (int i = 0; i < n; i++)
		if (eligible(c, cand[i]))
			el[nel++] = cand[i];
	int pass = 0;
	for (; pass < 3 && best < 0; pass++) {
		if (pass == 2 && nel > 1 && !decide) {
			free(cand);
			return STEP_DEFER;
		}
		for (int i = 0; i < nel; i++) {
			int l = el[i];
			int ok = pass == 0 ? c->libs[l].pinned
				: pass == 1 ? c->libs[l].selected : 1;
			if (ok && (best < 0 || lib_cmp(c, l, best) < 0))
				best = l;
		}
	}
	if (best >= 0 && n > 1)
		note_decision(c, &e, best, pass - 1, cand, n, el, nel);
	if (best >= 0) {
		int m = export_member(c, best, e.sym);
		if (m >= 0)
			select_member(c, m, needed(e.sym, e.from));
		else
			select_lib(c, best, needed(e.sym, e.from));
		st = STEP_DONE;
	} else if (n > 0) {
		st = group_conflict(c, &e, cand, n) ? STEP_RESTART : STEP_FAIL;
	}
	free(cand);
	return st;
}

static void reset(struct uk_ctx *c)
{
	for (int m = 0; m < c->nmembers; m++) {
		c->members[m].selected = 0;
		c->members[m].why = root(UK_WHY_NONE);
	}
	for (int l = 0; l < c->nlibs; l++) {
		c->libs[l].selected = 0;
		c->libs[l].why = root(UK_WHY_NONE);
	}
	for (int s = 0; s < c->nsyms; s++) {
		c->syms[s].prov = UK_PROV_NONE;
		c->syms[s].prov_ref = c->syms[s].prov_lib = -1;
		c->syms[s].first_edge = -1;
		c->syms[s].reported = 0;
	}
	c->nedges = 0;
	c->ngfails = 0;
	for (int i = 0; i < c->ndecisions; i++) {
		free(c->decisions[i].cands);
		free(c->decisions[i].excl);
	}
	c->ndecisions = 0;
}

static void roots(struct uk_ctx *c)
{
	for (int m = 0; m < c->nmembers; m++)
		if (c->members[m].kind == UK_M_APPOBJ ||
		    c->members[m].kind == UK_M_SCRIPT)
			select_member(c, m, root(UK_WHY_INPUT));
	/* the platform library is always linked, besides `mandatory` */
	int plat = map_get(&c->libmap, c->o.plat);
	if (plat >= 0)
		select_lib(c, plat, root(UK_WHY_PLATFORM));
	for (int i = 0; i < c->t.mandatory.n; i++) {
		int l = map_get(&c->libmap, c->t.mandatory.v[i]);
		if (l >= 0)
			select_lib(c, l, root(UK_WHY_MANDATORY));
	}
	for (int l = 0; l < c->nlibs; l++)
		if (c->libs[l].pinned)
			select_lib(c, l, root(c->o.libc && !strcmp(
				c->libs[l].name, c->o.libc) ? UK_WHY_LIBC
				: UK_WHY_LIB));
}

/* One resolution run: returns STEP_RESTART if a group re-resolution is
 * needed, else STEP_DONE. */
static enum step run_once(struct uk_ctx *c)
{
	reset(c);
	roots(c);
	char *done = NULL;
	int capdone = 0;
	for (;;) {
		int progressed = 0, deferred = -1;
		for (int i = 0; i < c->nedges; i++) {
			grow(&done, &capdone, i, 1);
			if (done[i] || c->edges[i].weak)
				continue;
			enum step st = step(c, i, 0);
			if (st == STEP_RESTART) {
				free(done);
				return STEP_RESTART;
			}
			if (st == STEP_DEFER) {
				if (deferred < 0)
					deferred = i;
				continue;
			}
			done[i] = 1;
			progressed = 1;
		}
		if (deferred < 0)
			break;
		if (progressed)
			continue;
		/* nothing certain is left: decide the first ambiguity */
		if (step(c, deferred, 1) == STEP_RESTART) {
			free(done);
			return STEP_RESTART;
		}
		done[deferred] = 1;
	}
	free(done);
	return STEP_DONE;
}

/* The members with an unsatisfied strong reference to y, oldest first
 * ("a.o, b.o"), and the first of them in *first. */
static char *unsatisfied_refs(const struct uk_ctx *c, const struct uk_sym *y,
			      const char **first)
{
	struct uk_buf refs = { 0 };
	/* edges are chained newest first; list them oldest first */
	int n = 0, cap = 0, *es = NULL;
	for (int k = y->first_edge; k >= 0; k = c->edges[k].next)
		if (!c->edges[k].weak && !satisfied(c, &c->edges[k]))
			*(int *)VPUSH(es, n, cap) = k;
	*first = NULL;
	for (int k = n - 1; k >= 0; k--) {
		const char *d = member_display(c, c->edges[es[k]].from);
		if (!*first)
			*first = d;
		buf_printf(&refs, "%s%s", k == n - 1 ? "" : ", ", d);
	}
	free(es);
	return refs.p ? refs.p : xstrdup("?");
}

void note_undefined(struct uk_ctx *c, int sym)
{
	const char *name = c->syms[sym].name;
	if (!note_other_targets(c, name))
		uk_note("no library of the %s-%s pool defines %s", c->o.arch,
			c->o.plat, name);
}

/* A strong reference nothing satisfies: an error if only a library's
 * private definition exists; otherwise ld.lld decides (link.c): it
 * reports an undefined symbol only when a section it keeps refers to it,
 * and code that --gc-sections or LTO removes may refer to anything (as
 * with the system linker). */
static void report_unresolved(struct uk_ctx *c)
{
	for (int i = 0; i < c->nedges; i++) {
		struct uk_edge *e = &c->edges[i];
		struct uk_sym *y = &c->syms[e->sym];
		if (e->weak || y->reported || satisfied(c, e))
			continue;
		y->reported = 1;
		int priv = -1;
		for (int r = y->first_def; r >= 0 && priv < 0;
		     r = c->refs[r].next_def)
			if (c->refs[r].flags & UK_REF_PRIVATE)
				priv = c->members[c->refs[r].member].lib;
		if (priv < 0) {
			*(int *)VPUSH(c->deferred, c->ndeferred,
				      c->capdeferred) = e->sym;
			continue;
		}
		const char *first;
		char *refs = unsatisfied_refs(c, y, &first);
		uk_error(&c->dg, first, "undefined symbol: %s", y->name);
		uk_note("%s is referenced by %s", y->name, refs);
		uk_note("%s is private to library %s (only its own members may "
			"use it)", y->name, c->libs[priv].name);
		free(refs);
	}
}

void note_deferred(struct uk_ctx *c, const char *what)
{
	for (int i = 0; i < c->ndeferred; i++) {
		const struct uk_sym *y = &c->syms[c->deferred[i]];
		const char *first;
		char *refs = unsatisfied_refs(c, y, &first);
		fprintf(stderr, "uklink: %s: %s (referenced by %s)\n", what,
			y->name, refs);
		free(refs);
	}
}

int resolve(struct uk_ctx *c)
{
	if (c->o.libc) {
		int l = check_libc(c);
		if (l >= 0)
			c->libs[l].pinned = 1;
	}
	for (int i = 0; i < c->o.libs.n; i++) {
		int l = map_get(&c->libmap, c->o.libs.v[i]);
		if (l >= 0) {
			c->libs[l].pinned = 1;
			continue;
		}
		const char *best = NULL;
		int bd = 3;
		for (int k = 0; k < c->nlibs; k++) {
			int d = edit_distance(c->o.libs.v[i], c->libs[k].name);
			if (d < bd) {
				bd = d;
				best = c->libs[k].name;
			}
		}
		uk_error(&c->dg, NULL, "--lib %s: no such library in the %s-%s "
			 "pool%s%s%s", c->o.libs.v[i], c->o.arch, c->o.plat,
			 best ? " (did you mean '" : "", best ? best : "",
			 best ? "'?)" : "");
	}
	if (c->dg.nerrors)
		return -1;
	int nerr = c->dg.nerrors;
	for (int tries = 0; run_once(c) == STEP_RESTART; tries++)
		if (tries > 2 * c->nlibs + 8) {
			uk_error(&c->dg, NULL, "library group resolution does not "
				 "converge");
			return -1;
		}
	if (c->mode != UK_MODE_OPTIONS) { /* a listing needs no complete link */
		report_group_failures(c);
		report_unresolved(c);
	}
	return c->dg.nerrors > nerr ? -1 : 0;
}

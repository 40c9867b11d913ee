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

static int lib_cmp(const struct uk_ctx *c, int a, int b)
{
	if (c->libs[a].rank != c->libs[b].rank)
		return c->libs[a].rank - c->libs[b].rank;
	return strcmp(c->libs[a].name, c->libs[b].name);
}

static const char *pinned_group(const struct uk_ctx *c, const char *g)
{
	size_t n = strlen(g);
	for (int i = c->group_pins.n - 1; i >= 0; i--)
		if (!strncmp(c->group_pins.v[i], g, n) &&
		    c->group_pins.v[i][n] == '=')
			return c->group_pins.v[i] + n + 1;
	return NULL;
}

/* The library holding group g: selected, named by --lib, or pinned. */
static int group_choice(const struct uk_ctx *c, const char *g)
{
	for (int l = 0; l < c->nlibs; l++)
		if (c->libs[l].group && !strcmp(c->libs[l].group, g) &&
		    (c->libs[l].selected || c->libs[l].pinned))
			return l;
	const char *p = pinned_group(c, g);
	return p ? map_get(&c->libmap, p) : -1;
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

static int lib_exports(const struct uk_ctx *c, int l, int s)
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

static void select_member(struct uk_ctx *c, int m, const char *root, int sym,
			  int from);

static void select_lib(struct uk_ctx *c, int l, const char *root, int sym,
		       int from)
{
	struct uk_lib *lib = &c->libs[l];
	if (lib->selected)
		return;
	lib->selected = 1;
	lib->why_root = root;
	lib->why_sym = sym;
	lib->why_from = from;
	for (int i = 0; i < lib->ldsyms.n; i++) {
		struct uk_sym *y = &c->syms[sym_intern(c, lib->ldsyms.v[i])];
		if (y->prov == UK_PROV_NONE) {
			y->prov = UK_PROV_LDSYM;
			y->prov_lib = l;
		}
	}
	for (int m = lib->first_member; m < lib->last_member; m++)
		if (c->members[m].kind == UK_M_FORCED)
			select_member(c, m, "forced", -1, -1);
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
	} else if (!(old->flags & weakish) && !(d->flags & weakish)) {
		uk_error(c, c->members[d->member].display,
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

static void select_member(struct uk_ctx *c, int m, const char *root, int sym,
			  int from)
{
	struct uk_member *mb = &c->members[m];
	if (mb->selected)
		return;
	mb->selected = 1;
	mb->why_root = root;
	mb->why_sym = sym;
	mb->why_from = from;
	if (mb->lib >= 0)
		select_lib(c, mb->lib, NULL, sym, from);
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

static int in_group(const struct uk_ctx *c, int l, const char *g)
{
	return l >= 0 && c->libs[l].group && !strcmp(c->libs[l].group, g);
}

static void add_need(struct uk_ctx *c, const char *g, const char *sym)
{
	char *k = xasprintf("%s=%s", g, sym);
	int have = 0;
	for (int i = 0; i < c->group_needs.n && !have; i++)
		have = !strcmp(c->group_needs.v[i], k);
	if (!have)
		strv_push(&c->group_needs, k);
	free(k);
}

/* Does library l export every symbol needed so far from its group? */
static int covers_needs(struct uk_ctx *c, int l)
{
	const char *g = c->libs[l].group;
	size_t n = strlen(g);
	for (int i = 0; i < c->group_needs.n; i++) {
		const char *k = c->group_needs.v[i];
		if (strncmp(k, g, n) || k[n] != '=')
			continue;
		int s = map_get(&c->symmap, k + n + 1);
		if (s < 0 || !lib_exports(c, l, s))
			return 0;
	}
	return 1;
}

/* The symbol of edge e is exported only by libraries of a group that
 * another library already holds. Re-resolve with one library of the group
 * exporting everything needed from it, or report the conflict. */
static enum step group_conflict(struct uk_ctx *c, const struct uk_edge *e,
				const int *cand, int n)
{
	int l2 = -1;
	for (int i = 0; i < n; i++)
		if (c->libs[cand[i]].group && (l2 < 0 || lib_cmp(c, cand[i], l2) < 0))
			l2 = cand[i];
	if (l2 < 0)
		return STEP_FAIL;
	const char *g = c->libs[l2].group;
	int l1 = group_choice(c, g);
	add_need(c, g, c->syms[e->sym].name);
	for (int k = 0; k < c->nedges; k++) {
		const struct uk_edge *x = &c->edges[k];
		const struct uk_sym *y = &c->syms[x->sym];
		int fl = x->from >= 0 ? c->members[x->from].lib : -1;
		int pl = y->prov == UK_PROV_DEF
			? c->members[c->refs[y->prov_ref].member].lib
			: y->prov == UK_PROV_LDSYM ? y->prov_lib : -1;
		if (in_group(c, pl, g) && fl != pl)
			add_need(c, g, y->name);
	}
	int best = -1;
	for (int l = 0; l < c->nlibs; l++)
		if (in_group(c, l, g) && covers_needs(c, l) &&
		    (best < 0 || lib_cmp(c, l, best) < 0))
			best = l;
	int fixed = l1 >= 0 && (c->libs[l1].pinned ||
		(c->libs[l1].why_root && strcmp(c->libs[l1].why_root, "--lib")));
	if (best >= 0 && best != l1 && !fixed) {
		strv_pushf(&c->group_pins, "%s=%s", g, c->libs[best].name);
		return STEP_RESTART;
	}
	struct uk_sym *y = &c->syms[e->sym];
	const struct uk_lib *h = &c->libs[l1 >= 0 ? l1 : l2];
	char *why = h->why_root
		? (!strncmp(h->why_root, "--lib", 5)
		   ? xasprintf("%s %s", h->why_root, h->name)
		   : xstrdup(h->why_root))
		: xasprintf("for %s, needed by %s",
			    h->why_sym >= 0 ? c->syms[h->why_sym].name : "?",
			    member_display(c, h->why_from));
	struct uk_buf all = { 0 };
	size_t gl = strlen(g);
	for (int i = 0; i < c->group_needs.n; i++)
		if (!strncmp(c->group_needs.v[i], g, gl) &&
		    c->group_needs.v[i][gl] == '=')
			buf_printf(&all, "%s%s", all.n ? " " : "",
				   c->group_needs.v[i] + gl + 1);
	uk_error(c, member_display(c, e->from),
		 "%s is exported only by library %s of group '%s', but "
		 "library %s of that group is linked (%s); no single library "
		 "of the group exports all of: %s",
		 y->name, c->libs[l2].name, g, h->name, why, all.p);
	free(why);
	free(all.p);
	y->reported = 1;
	return STEP_FAIL;
}

/* Record why `best` won over the other libraries exporting e->sym (for
 * --report): pass 0 --lib, 1 already linked, 2 rank then name. */
static void note_decision(struct uk_ctx *c, const struct uk_edge *e,
			  int best, int pass, const int *cand, int n,
			  const int *el, int nel)
{
	struct uk_decision *d = VPUSH(c->decisions, c->ndecisions,
				      c->capdecisions);
	d->sym = e->sym;
	d->chosen = best;
	d->from = e->from;
	int second = -1;
	for (int i = 0; i < nel; i++)
		if (el[i] != best && (second < 0 || lib_cmp(c, el[i], second) < 0))
			second = el[i];
	if (pass == 0)
		d->rule = xstrdup("--lib");
	else if (pass == 1)
		d->rule = xstrdup("already linked");
	else if (second < 0)
		d->rule = xasprintf("group %s", c->libs[best].group ?
				    c->libs[best].group : "?");
	else if (c->libs[best].rank != c->libs[second].rank)
		d->rule = xasprintf("rank %d < %d", c->libs[best].rank,
				    c->libs[second].rank);
	else
		d->rule = xasprintf("name (equal rank %d)", c->libs[best].rank);
	struct uk_buf cs = { 0 }, ex = { 0 };
	for (int i = 0; i < n; i++) {
		buf_printf(&cs, "%s%s", i ? " " : "", c->libs[cand[i]].name);
		int in = 0;
		for (int k = 0; k < nel; k++)
			in |= el[k] == cand[i];
		if (!in) {
			int h = group_choice(c, c->libs[cand[i]].group);
			buf_printf(&ex, "%s%s (group %s held by %s)",
				   ex.n ? ", " : "", c->libs[cand[i]].name,
				   c->libs[cand[i]].group,
				   h >= 0 ? c->libs[h].name : "?");
		}
	}
	d->candidates = cs.p;
	d->excluded = ex.p ? ex.p : xstrdup("");
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
			select_member(c, d->member, NULL, e.sym, e.from);
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
			select_member(c, m, NULL, e.sym, e.from);
		else
			select_lib(c, best, NULL, e.sym, e.from);
		st = STEP_DONE;
	} else if (n > 0) {
		st = group_conflict(c, &e, cand, n);
	}
	free(cand);
	return st;
}

static void reset(struct uk_ctx *c)
{
	for (int m = 0; m < c->nmembers; m++) {
		c->members[m].selected = 0;
		c->members[m].why_root = NULL;
		c->members[m].why_sym = c->members[m].why_from = -1;
	}
	for (int l = 0; l < c->nlibs; l++) {
		c->libs[l].selected = 0;
		c->libs[l].why_root = NULL;
		c->libs[l].why_sym = c->libs[l].why_from = -1;
	}
	for (int s = 0; s < c->nsyms; s++) {
		c->syms[s].prov = UK_PROV_NONE;
		c->syms[s].prov_ref = c->syms[s].prov_lib = -1;
		c->syms[s].first_edge = -1;
		c->syms[s].reported = 0;
	}
	c->nedges = 0;
	for (int i = 0; i < c->ndecisions; i++) {
		free(c->decisions[i].rule);
		free(c->decisions[i].candidates);
		free(c->decisions[i].excluded);
	}
	c->ndecisions = 0;
}

static void roots(struct uk_ctx *c)
{
	for (int m = 0; m < c->nmembers; m++)
		if (c->members[m].kind == UK_M_APPOBJ ||
		    c->members[m].kind == UK_M_SCRIPT)
			select_member(c, m, "input", -1, -1);
	/* the platform library is always linked, besides `mandatory` */
	int plat = map_get(&c->libmap, c->o.plat);
	if (plat >= 0)
		select_lib(c, plat, "platform", -1, -1);
	for (int i = 0; i < c->mandatory.n; i++) {
		int l = map_get(&c->libmap, c->mandatory.v[i]);
		if (l >= 0)
			select_lib(c, l, "mandatory", -1, -1);
	}
	for (int l = 0; l < c->nlibs; l++)
		if (c->libs[l].pinned)
			select_lib(c, l, c->o.libc && !strcmp(c->libs[l].name,
				   c->o.libc) ? "--libc" : "--lib", -1, -1);
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

static void report_unresolved(struct uk_ctx *c)
{
	for (int i = 0; i < c->nedges; i++) {
		struct uk_edge *e = &c->edges[i];
		struct uk_sym *y = &c->syms[e->sym];
		if (e->weak || y->reported || satisfied(c, e))
			continue;
		y->reported = 1;
		struct uk_buf refs = { 0 };
		const char *first = NULL;
		/* edges are chained newest first; list them oldest first */
		int n = 0, cap = 0, *es = NULL;
		for (int k = y->first_edge; k >= 0; k = c->edges[k].next)
			if (!c->edges[k].weak && !satisfied(c, &c->edges[k]))
				*(int *)VPUSH(es, n, cap) = k;
		for (int k = n - 1; k >= 0; k--) {
			const char *d = member_display(c, c->edges[es[k]].from);
			if (!first)
				first = d;
			buf_printf(&refs, "%s%s", k == n - 1 ? "" : ", ", d);
		}
		free(es);
		uk_error(c, first, "undefined symbol: %s", y->name);
		uk_note("%s is referenced by %s", y->name, refs.p);
		free(refs.p);
		int where = 0;
		for (int r = y->first_def; r >= 0; r = c->refs[r].next_def)
			if (c->refs[r].flags & UK_REF_PRIVATE) {
				int l = c->members[c->refs[r].member].lib;
				uk_note("%s is private to library %s (only its own "
					"members may use it)",
					y->name, l >= 0 ? c->libs[l].name : "?");
				where = 1;
				break;
			}
		if (!where && !note_other_targets(c, y->name))
			uk_note("no library of the %s-%s pool defines %s",
				c->o.arch, c->o.plat, y->name);
	}
}

/* --libc NAME: a library of group libc (the C library); returns its index,
 * or -1 after an error naming the pool's C libraries. */
int check_libc(struct uk_ctx *c)
{
	int l = map_get(&c->libmap, c->o.libc);
	if (l >= 0 && c->libs[l].group && !strcmp(c->libs[l].group, "libc"))
		return l;
	struct uk_buf all = { 0 };
	for (int k = 0; k < c->nlibs; k++)
		if (c->libs[k].group && !strcmp(c->libs[k].group, "libc"))
			buf_printf(&all, "%s%s", all.n ? ", " : "",
				   c->libs[k].name);
	uk_error(c, NULL, "--libc %s: %s in the %s-%s pool (C libraries: %s)",
		 c->o.libc, l >= 0 ? "not a C library (group libc)"
		 : "no such library", c->o.arch, c->o.plat,
		 all.n ? all.p : "none");
	free(all.p);
	return -1;
}

/* -v: which C library the image gets, and why (pools with a libc group):
 *   uklink: libc NAME (reason: --libc | SYM needed by OBJ; RULE | ...)
 *   uklink: libc none */
void report_libc(const struct uk_ctx *c)
{
	int l = group_choice(c, "libc"), any = 0;
	for (int k = 0; k < c->nlibs; k++)
		any |= c->libs[k].group && !strcmp(c->libs[k].group, "libc");
	if (!any)
		return;
	if (l < 0 || !c->libs[l].selected) {
		fputs("uklink: libc none\n", stderr);
		return;
	}
	const struct uk_lib *lib = &c->libs[l];
	fprintf(stderr, "uklink: libc %s (reason: ", lib->name);
	if (lib->why_root) {
		fputs(lib->why_root, stderr);
	} else {
		fprintf(stderr, "%s needed by %s", lib->why_sym >= 0 ?
			c->syms[lib->why_sym].name : "?",
			member_display(c, lib->why_from));
		const char *rule = NULL;
		for (int i = 0; i < c->ndecisions; i++)
			if (c->decisions[i].sym == lib->why_sym &&
			    c->decisions[i].chosen == l)
				rule = c->decisions[i].rule;
		if (pinned_group(c, "libc"))
			fprintf(stderr, "; the only C library exporting all "
				"of the symbols needed from one");
		else if (rule)
			fprintf(stderr, "; %s", rule);
	}
	fputs(")\n", stderr);
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
		uk_error(c, NULL, "--lib %s: no such library in the %s-%s "
			 "pool%s%s%s", c->o.libs.v[i], c->o.arch, c->o.plat,
			 best ? " (did you mean '" : "", best ? best : "",
			 best ? "'?)" : "");
	}
	if (c->nerrors)
		return -1;
	int nerr = c->nerrors;
	for (int tries = 0; run_once(c) == STEP_RESTART; tries++)
		if (tries > 2 * c->nlibs + 8) {
			uk_error(c, NULL, "library group resolution does not "
				 "converge");
			return -1;
		}
	if (c->o.mode != UK_MODE_OPTIONS) /* a listing needs no complete link */
		report_unresolved(c);
	return c->nerrors > nerr ? -1 : 0;
}

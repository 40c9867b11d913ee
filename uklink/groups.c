/* groups.c: library groups (`group libc`): at most one library of a group
 * is linked, and the program gets the lowest-ranked one that exports
 * every symbol it needs from the group.
 *
 * Resolution is greedy (resolve.c); when a needed symbol is exported only
 * by libraries of a group that another library already holds, that
 * holder cannot serve the program: it becomes a failed trial, and
 * resolution restarts with the group pinned to the lowest-ranked library
 * not tried yet that exports the symbol. So libraries are tried in rank
 * order among those that could serve, and the first with which the whole
 * program resolves wins (nolibc before newlib). A holder put there by the
 * command line (--libc, --lib) or the platform is never replaced. When no
 * library is left, the group failed: one error for the group, then each
 * symbol some library of the group lacks, once, with the libraries that
 * export it and who needs it.
 */
#include "uk.h"

#include <stdlib.h>
#include <string.h>

/* The library re-resolution chose for group g (the newest), or -1. */
int pinned_group(const struct uk_ctx *c, const char *g)
{
	for (int i = c->ngpins - 1; i >= 0; i--)
		if (!strcmp(c->gpins[i].group, g))
			return c->gpins[i].lib;
	return -1;
}

/* The library holding group g: selected, named by --lib, or pinned. */
int group_choice(const struct uk_ctx *c, const char *g)
{
	for (int l = 0; l < c->nlibs; l++)
		if (c->libs[l].group && !strcmp(c->libs[l].group, g) &&
		    (c->libs[l].selected || c->libs[l].pinned))
			return l;
	return pinned_group(c, g);
}

static int in_group(const struct uk_ctx *c, int l, const char *g)
{
	return l >= 0 && c->libs[l].group && !strcmp(c->libs[l].group, g);
}

static void add_need(struct uk_ctx *c, const char *g, int sym, int from)
{
	for (int i = 0; i < c->ngneeds; i++)
		if (c->gneeds[i].sym == sym && !strcmp(c->gneeds[i].group, g))
			return;
	struct uk_gneed *n = VPUSH(c->gneeds, c->ngneeds, c->capgneeds);
	n->group = g;
	n->sym = sym;
	n->from = from;
}

/* Everything the program takes from group g so far: e->sym, and every
 * symbol a library of g provides to someone outside that library. */
static void collect_needs(struct uk_ctx *c, const char *g,
			  const struct uk_edge *e)
{
	add_need(c, g, e->sym, e->from);
	for (int k = 0; k < c->nedges; k++) {
		const struct uk_edge *x = &c->edges[k];
		const struct uk_sym *y = &c->syms[x->sym];
		int fl = x->from >= 0 ? c->members[x->from].lib : -1;
		int pl = y->prov == UK_PROV_DEF
			? c->members[c->refs[y->prov_ref].member].lib
			: y->prov == UK_PROV_LDSYM ? y->prov_lib : -1;
		if (!x->weak && in_group(c, pl, g) && fl != pl)
			add_need(c, g, x->sym, x->from);
	}
}

static int tried(const struct uk_ctx *c, const char *g, int l)
{
	for (int i = 0; i < c->ngtrials; i++)
		if (c->gtrials[i].lib == l && !strcmp(c->gtrials[i].group, g))
			return 1;
	return 0;
}

int group_conflict(struct uk_ctx *c, const struct uk_edge *e,
		   const int *cand, int n)
{
	int l2 = -1;
	for (int i = 0; i < n; i++)
		if (c->libs[cand[i]].group && (l2 < 0 || lib_cmp(c, cand[i], l2) < 0))
			l2 = cand[i];
	if (l2 < 0)
		return 0;
	const char *g = c->libs[l2].group;
	int l1 = group_choice(c, g);
	collect_needs(c, g, e);
	/* a library the command line or the platform put there stays */
	int fixed = l1 < 0 || c->libs[l1].pinned ||
		(c->libs[l1].why.kind != UK_WHY_NEEDED &&
		 c->libs[l1].why.kind != UK_WHY_NONE);
	if (!fixed && !tried(c, g, l1)) {
		struct uk_gtrial *t = VPUSH(c->gtrials, c->ngtrials, c->capgtrials);
		t->group = g;
		t->lib = l1;
		t->sym = e->sym;
		t->from = e->from;
	}
	int next = -1;
	for (int i = 0; !fixed && i < n; i++)
		if (in_group(c, cand[i], g) && !tried(c, g, cand[i]) &&
		    (next < 0 || lib_cmp(c, cand[i], next) < 0))
			next = cand[i];
	if (next >= 0) {
		struct uk_gpin *p = VPUSH(c->gpins, c->ngpins, c->capgpins);
		p->group = g;
		p->lib = next;
		return 1;
	}
	int known = 0;
	for (int i = 0; i < c->ngfails; i++)
		known |= !strcmp(c->gfails[i].group, g);
	if (!known) {
		struct uk_gfail *f = VPUSH(c->gfails, c->ngfails, c->capgfails);
		f->group = g;
		f->holder = l1;
		f->from = e->from;
	}
	c->syms[e->sym].reported = 1; /* reported with the group */
	return 0;
}

/* "a, b and c": the libraries of group g that export sym, by rank. */
static char *exporters(const struct uk_ctx *c, const char *g, int sym)
{
	struct uk_buf b = { 0 };
	int n = 0, k = 0, *v = xmalloc(sizeof(int) * (size_t)(c->nlibs + 1));
	for (int l = 0; l < c->nlibs; l++) {
		if (!in_group(c, l, g) || !lib_exports(c, l, sym))
			continue;
		int i = n++;
		for (; i > 0 && lib_cmp(c, v[i - 1], l) > 0; i--)
			v[i] = v[i - 1];
		v[i] = l;
	}
	for (int i = 0; i < n; i++)
		buf_printf(&b, "%s%s", k++ == 0 ? "" : k == n ? " and " : ", ",
			   c->libs[v[i]].name);
	free(v);
	return b.p;
}

static void add_from(const struct uk_ctx *c, struct uk_strv *froms, int m)
{
	const char *d = member_display(c, m);
	for (int f = 0; f < froms->n; f++)
		if (!strcmp(froms->v[f], d))
			return;
	strv_push(froms, d);
}

/* The members outside group g with a strong reference to sym, oldest
 * first (edges are chained newest first). */
static void add_edge_froms(const struct uk_ctx *c, struct uk_strv *froms,
			   const char *g, int sym)
{
	int n = 0, cap = 0, *es = NULL;
	for (int x = c->syms[sym].first_edge; x >= 0; x = c->edges[x].next) {
		int f = c->edges[x].from;
		if (!c->edges[x].weak &&
		    !in_group(c, f >= 0 ? c->members[f].lib : -1, g))
			*(int *)VPUSH(es, n, cap) = x;
	}
	for (int i = n - 1; i >= 0; i--)
		add_from(c, froms, c->edges[es[i]].from);
	free(es);
}

/* One note per set of exporters: "s1, s2: only in newlib (needed by
 * main.o, lib.a(x.o))"; symbols every library of g exports are left
 * out. */
static void note_missing(const struct uk_ctx *c, const char *g)
{
	int nlibs = 0;
	for (int l = 0; l < c->nlibs; l++)
		nlibs += in_group(c, l, g);
	char *done = xcalloc((size_t)c->ngneeds + 1, 1);
	for (int i = 0; i < c->ngneeds; i++) {
		const struct uk_gneed *n = &c->gneeds[i];
		if (done[i] || strcmp(n->group, g))
			continue;
		char *who = exporters(c, g, n->sym);
		int k = 0;
		for (int l = 0; l < c->nlibs; l++)
			k += in_group(c, l, g) && lib_exports(c, l, n->sym);
		struct uk_buf syms = { 0 }, from = { 0 };
		struct uk_strv froms = { 0 };
		for (int j = i; j < c->ngneeds && k < nlibs; j++) {
			const struct uk_gneed *m = &c->gneeds[j];
			char *w2 = done[j] || strcmp(m->group, g) ? NULL
				: exporters(c, g, m->sym);
			if (w2 && !strcmp(w2, who)) {
				done[j] = 1;
				buf_printf(&syms, "%s%s", syms.n ? ", " : "",
					   c->syms[m->sym].name);
				add_from(c, &froms, m->from);
				add_edge_froms(c, &froms, g, m->sym);
			}
			free(w2);
		}
		for (int f = 0; f < froms.n && f < 3; f++)
			buf_printf(&from, "%s%s", f ? ", " : "", froms.v[f]);
		if (froms.n > 3)
			buf_printf(&from, " and %d more", froms.n - 3);
		if (syms.n)
			uk_note("%s: only in %s (needed by %s)", syms.p, who,
				from.p);
		free(syms.p);
		free(from.p);
		strv_free(&froms);
		free(who);
	}
	free(done);
}

/* Every symbol of the last run that some library of g exports, needed by
 * a member outside that library: the complete list for the report. */
static void final_needs(struct uk_ctx *c, const char *g)
{
	for (int k = 0; k < c->nedges; k++) {
		const struct uk_edge *x = &c->edges[k];
		int fl = x->from >= 0 ? c->members[x->from].lib : -1;
		if (x->weak || in_group(c, fl, g))
			continue;
		for (int l = 0; l < c->nlibs; l++)
			if (in_group(c, l, g) && lib_exports(c, l, x->sym)) {
				add_need(c, g, x->sym, x->from);
				break;
			}
	}
}

void report_group_failures(struct uk_ctx *c)
{
	for (int i = 0; i < c->ngfails; i++) {
		const struct uk_gfail *f = &c->gfails[i];
		final_needs(c, f->group);
		const struct uk_lib *h = f->holder >= 0 ? &c->libs[f->holder]
			: NULL;
		int root = h && h->why.kind != UK_WHY_NEEDED &&
			h->why.kind != UK_WHY_NONE;
		char *why = !root ? xstrdup("")
			: h->why.kind == UK_WHY_LIB || h->why.kind == UK_WHY_LIBC
			? xasprintf(" (%s is linked: %s %s)", h->name,
				    why_word(h->why.kind), h->name)
			: xasprintf(" (%s is linked: %s)", h->name,
				    why_word(h->why.kind));
		uk_error(&c->dg, member_display(c, f->from), "no library of "
			 "group '%s' exports every symbol the program needs "
			 "from it%s", f->group, why);
		free(why);
		note_missing(c, f->group);
	}
}

/* libc.c: the C library, the library of group `libc`: --libc NAME, the
 * -v line that says which one the image gets and why, and --cflags. */
#include "uk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	uk_error(&c->dg, NULL, "--libc %s: %s in the %s-%s pool (C libraries: %s)",
		 c->o.libc, l >= 0 ? "not a C library (group libc)"
		 : "no such library", c->o.arch, c->o.plat,
		 all.n ? all.p : "none");
	free(all.p);
	return -1;
}

/* A symbol the image takes from library l that library k lacks (its
 * edge), or NULL: why k could not be the C library. */
static const struct uk_edge *lacked(const struct uk_ctx *c, int l, int k)
{
	for (int i = 0; i < c->nedges; i++) {
		const struct uk_edge *e = &c->edges[i];
		const struct uk_sym *y = &c->syms[e->sym];
		int pl = y->prov == UK_PROV_DEF
			? c->members[c->refs[y->prov_ref].member].lib
			: y->prov == UK_PROV_LDSYM ? y->prov_lib : -1;
		int fl = e->from >= 0 ? c->members[e->from].lib : -1;
		if (!e->weak && pl == l && fl != l && e->from >= 0 &&
		    c->members[e->from].selected && !lib_exports(c, k, e->sym))
			return e;
	}
	return NULL;
}

/* -v: which C library the image gets, and why (pools with a libc group):
 *   uklink: libc NAME (reason: --libc | SYM needed by OBJ; RULE | ...)
 *   uklink: libc none
 * The C library is the lowest-ranked one that exports every symbol the
 * program takes from it (groups.c): each lower-ranked one lacks one. */
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
	if (lib->why.kind != UK_WHY_NEEDED) {
		fputs(why_word(lib->why.kind), stderr);
		fputs(")\n", stderr);
		return;
	}
	fprintf(stderr, "%s needed by %s", lib->why.sym >= 0 ?
		c->syms[lib->why.sym].name : "?",
		member_display(c, lib->why.from));
	int lower = 0;
	for (int k = 0; k < c->nlibs; k++) {
		const struct uk_edge *e;
		if (k == l || !c->libs[k].group ||
		    strcmp(c->libs[k].group, "libc") || lib_cmp(c, k, l) > 0)
			continue;
		lower++;
		if ((e = lacked(c, l, k)))
			fprintf(stderr, "; %s lacks %s (needed by %s)",
				c->libs[k].name, c->syms[e->sym].name,
				member_display(c, e->from));
	}
	const struct uk_decision *rule = NULL;
	for (int i = 0; i < c->ndecisions; i++)
		if (c->decisions[i].sym == lib->why.sym &&
		    c->decisions[i].chosen == l)
			rule = &c->decisions[i];
	if (lower) {
		fprintf(stderr, "; %s is the C library of lowest rank that "
			"exports every symbol needed", lib->name);
	} else if (rule) {
		char *r = rule_text(c, rule);
		fprintf(stderr, "; %s", r);
		free(r);
	}
	fputs(")\n", stderr);
}

/* --cflags: the pool's headers as the system headers. With --libc NAME,
 * that library's own headers (include/NAME/, newlib's) come first; the
 * pool's include/ stays after them for every other library's headers
 * (uk/, lwip/, ...) and the freestanding ones (stddef.h, stdarg.h).
 * --sysroot=TARGET, not -nostdinc: the host's system headers
 * (/usr/include) go, the compiler's own stay after ours, for what the
 * pool has not (stdnoreturn.h, stdalign.h, float.h, intrinsics); gcc
 * and clang alike. */
int print_cflags(struct uk_ctx *c)
{
	char *own = NULL;
	if (c->o.libc) {
		int l = check_libc(c), dflt = 1;
		if (l < 0)
			return -1;
		/* the default (lowest-ranked) C library's headers are the
		 * pool's include/ itself: nolibc's */
		for (int k = 0; k < c->nlibs; k++)
			if (c->libs[k].group && !strcmp(c->libs[k].group, "libc")
			    && c->libs[k].rank < c->libs[l].rank)
				dflt = 0;
		own = xasprintf("%s/include/%s", c->pool.target_dir, c->o.libc);
		if (!is_dir(own)) {
			if (!dflt) {
				uk_error(&c->dg, NULL, "--libc %s: the pool has no "
					 "headers for it (%s)", c->o.libc, own);
				free(own);
				return -1;
			}
			free(own);
			own = NULL;
		}
	}
	printf("--sysroot=%s%s%s -isystem %s/include\n", c->pool.target_dir,
	       own ? " -isystem " : "", own ? own : "", c->pool.target_dir);
	free(own);
	return 0;
}

/* why.c: `--why SYMBOL` (docs/reports.md): every
 * reference chain that pulled a symbol into the image, or why it is not
 * there (never referenced, dropped by LTO/DCE, provided by an unlinked
 * library, private to a library, undefined). Answers go to stdout. */
#include "uk.h"

#include <stdlib.h>
#include <string.h>

/* first ← PROVIDER(m) ← SYM ← ... ← ROOT [reason] */
static void print_chain(const struct uk_ctx *c, const char *first, int m)
{
	struct uk_strv ch = { 0 };
	prov_chain(c, first, m, &ch);
	fputs("    ", stdout);
	for (int i = 0; i < ch.n; i++)
		printf("%s%s", !i ? "" : i == ch.n - 1 ? " " : " \xe2\x86\x90 ",
		       ch.v[i]);
	putchar('\n');
	strv_free(&ch);
}

/* `name` or `name.SUFFIX` (LTO's renaming of a clashing local). */
static int same_symbol(const char *image_name, const char *name)
{
	size_t n = strlen(name);
	return !strncmp(image_name, name, n) &&
	       (!image_name[n] || image_name[n] == '.');
}

static int explain_present(const struct uk_ctx *c, const char *name)
{
	const struct uk_image *im = &c->rep.img;
	int found = 0;
	for (int i = 0; i < im->nsyms; i++) {
		const struct uk_isym *y = &im->syms[i];
		if (!same_symbol(y->name, name))
			continue;
		char *prov = prov_name(c, y->member);
		printf("%s: in the image (%s, %llu bytes at 0x%llx), from %s [%s]\n",
		       y->name, y->sec >= 0 ? im->secs[y->sec].name : "*ABS*",
		       (unsigned long long)y->size, (unsigned long long)y->addr,
		       y->member >= 0 ? prov : "the linker script", y->how);
		free(prov);
		if (y->member >= 0)
			print_chain(c, y->name, y->member);
		found = 1;
	}
	int s = map_get(&c->symmap, name);
	for (int e = s >= 0 && found ? c->syms[s].first_edge : -1; e >= 0;
	     e = c->edges[e].next) {
		const struct uk_edge *x = &c->edges[e];
		if (x->from < 0 || !c->members[x->from].selected)
			continue;
		char *by = prov_name(c, x->from);
		printf("  referenced%s by %s:\n", x->weak ? " weakly" : "", by);
		free(by);
		print_chain(c, name, x->from);
	}
	return found;
}

/* A linked member defining `name` (global or local), or -1. */
static int linked_definer(const struct uk_ctx *c, const char *name)
{
	int s = map_get(&c->symmap, name);
	for (int d = s >= 0 ? c->syms[s].first_def : -1; d >= 0;
	     d = c->refs[d].next_def)
		if (c->members[c->refs[d].member].selected)
			return c->refs[d].member;
	int i = map_get(&c->rep.names, name);
	return i >= 0 ? c->rep.lnames[i].member : -1;
}

static void explain_absent(const struct uk_ctx *c, const char *name)
{
	int s = map_get(&c->symmap, name), m = linked_definer(c, name);
	printf("%s: not in the image: ", name);
	if (m >= 0) {
		char *p = prov_name(c, m);
		if (c->rep.have_image)
			printf("dropped by LTO/--gc-sections: defined by %s, "
			       "which is linked, but nothing kept it (inlined "
			       "or unused)\n", p);
		else
			printf("defined by %s, which is linked, but the link "
			       "failed (%s)\n", p, c->failed ? c->failed : "?");
		if (c->rep.via_member)
			print_chain(c, name, m);
		free(p);
		return;
	}
	const struct uk_sym *y = s >= 0 ? &c->syms[s] : NULL;
	int strong = 0, weak = 0, from = -1;
	for (int e = y ? y->first_edge : -1; e >= 0; e = c->edges[e].next)
		if (c->edges[e].from >= 0 && c->members[c->edges[e].from].selected) {
			if (c->edges[e].weak)
				weak++;
			else
				strong++;
			from = c->edges[e].from;
		}
	int d = y ? y->first_def : -1;
	if (d >= 0) {
		const struct uk_member *dm = &c->members[c->refs[d].member];
		const struct uk_lib *l = dm->lib >= 0 ? &c->libs[dm->lib] : NULL;
		char *p = prov_name(c, c->refs[d].member);
		if (l && (c->refs[d].flags & UK_REF_PRIVATE))
			printf("private to library %s (only its own members may "
			       "use it), defined by %s, which is not linked\n",
			       l->name, p);
		else if (l && !l->selected)
			printf("provided by %s, but library %s is not linked%s\n",
			       p, l->name, strong ? "" : " (nothing needs it)");
		else
			printf("provided by %s, which is not linked: no linked "
			       "member needs it%s\n", p,
			       weak ? " (weak references do not pull)" : "");
		free(p);
	} else if (strong && c->rep.have_image) {
		char *p = prov_name(c, from);
		printf("dropped: referenced by %s only from code the link "
		       "removed (--gc-sections, LTO); no input or library "
		       "defines it\n", p);
		free(p);
	} else if (strong) {
		char *p = prov_name(c, from);
		printf("undefined: referenced by %s, but no input or library "
		       "defines it\n", p);
		free(p);
	} else if (weak) {
		char *p = prov_name(c, from);
		printf("never defined: only weakly referenced (by %s)\n", p);
		free(p);
	} else {
		printf("never referenced: no linked object uses it and no "
		       "input or library of %s-%s defines it\n", c->o.arch,
		       c->o.plat);
	}
}

void explain_symbol(const struct uk_ctx *c, const char *name)
{
	if (!c->nlibs)
		printf("%s: unknown: the link failed before the pool was read "
		       "(%s)\n", name, c->failed ? c->failed : "?");
	else if (!explain_present(c, name))
		explain_absent(c, name);
}

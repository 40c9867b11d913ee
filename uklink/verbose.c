/* verbose.c: the -v lines (stable, documented in docs/uklink.md), and how
 * reasons and rules read wherever they are printed:
 *   uklink: pool ROOT (from SOURCE)
 *   uklink: target DIR
 *   uklink: lib NAME (reason: SYM needed by OBJ | mandatory for T | --lib)
 *   uklink: member OBJ (reason: ... | forced | input)
 *   uklink: ld: COMMAND
 */
#include "uk.h"

#include <stdio.h>
#include <string.h>

const char *why_word(enum uk_why_kind k)
{
	switch (k) {
	case UK_WHY_NEEDED: return "needed";
	case UK_WHY_INPUT: return "input";
	case UK_WHY_PLATFORM: return "platform";
	case UK_WHY_MANDATORY: return "mandatory";
	case UK_WHY_LIB: return "--lib";
	case UK_WHY_LIBC: return "--libc";
	case UK_WHY_FORCED: return "forced";
	case UK_WHY_DEFINE: return "-D";
	case UK_WHY_NONE: break;
	}
	return "?";
}

char *rule_text(const struct uk_ctx *c, const struct uk_decision *d)
{
	const struct uk_lib *b = &c->libs[d->chosen];
	switch (d->rule) {
	case UK_RULE_LIB: return xstrdup("--lib");
	case UK_RULE_LINKED: return xstrdup("already linked");
	case UK_RULE_GROUP:
		return xasprintf("group %s", b->group ? b->group : "?");
	case UK_RULE_RANK:
		return xasprintf("rank %d < %d", b->rank,
				 c->libs[d->second].rank);
	case UK_RULE_NAME: break;
	}
	return xasprintf("name (equal rank %d)", b->rank);
}

static void reason(const struct uk_ctx *c, const struct uk_why *w)
{
	if (w->kind == UK_WHY_MANDATORY)
		fprintf(stderr, "mandatory for %s-%s", c->o.arch, c->o.plat);
	else if (w->kind == UK_WHY_PLATFORM)
		fprintf(stderr, "platform of %s-%s", c->o.arch, c->o.plat);
	else if (w->kind == UK_WHY_NEEDED && w->sym >= 0)
		fprintf(stderr, "%s needed by %s", c->syms[w->sym].name,
			member_display(c, w->from));
	else
		fputs(why_word(w->kind), stderr);
}

void report_verbose(struct uk_ctx *c)
{
	fprintf(stderr, "uklink: pool %s (from %s)\n", c->pool.root,
		c->pool.from);
	fprintf(stderr, "uklink: target %s\n", c->pool.target_dir);
	for (int l = 0; l < c->nlibs; l++) {
		const struct uk_lib *lib = &c->libs[l];
		if (!lib->selected)
			continue;
		fprintf(stderr, "uklink: lib %s (reason: ", lib->name);
		reason(c, &lib->why);
		fputs(")\n", stderr);
	}
	for (int m = 0; m < c->nmembers; m++) {
		const struct uk_member *mb = &c->members[m];
		if (!mb->selected || mb->kind == UK_M_APPOBJ ||
		    mb->kind == UK_M_SCRIPT || mb->kind == UK_M_OPTIONS)
			continue;
		fprintf(stderr, "uklink: member %s (reason: ", mb->display);
		reason(c, &mb->why);
		fputs(")\n", stderr);
	}
}

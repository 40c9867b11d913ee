/* report.c: the -v lines (stable, documented in docs/uklink.md):
 *   uklink: pool ROOT (from SOURCE)
 *   uklink: target DIR
 *   uklink: lib NAME (reason: SYM needed by OBJ | mandatory for T | --lib)
 *   uklink: member OBJ (reason: ... | forced | input)
 *   uklink: ld: COMMAND
 */
#include "uk.h"

#include <stdio.h>
#include <string.h>

static void reason(const struct uk_ctx *c, const char *root, int sym, int from)
{
	if (root && !strcmp(root, "mandatory"))
		fprintf(stderr, "mandatory for %s-%s", c->o.arch, c->o.plat);
	else if (root && !strcmp(root, "platform"))
		fprintf(stderr, "platform of %s-%s", c->o.arch, c->o.plat);
	else if (root)
		fputs(root, stderr);
	else if (sym >= 0)
		fprintf(stderr, "%s needed by %s", c->syms[sym].name,
			member_display(c, from));
	else
		fputs("?", stderr);
}

void report_verbose(struct uk_ctx *c)
{
	fprintf(stderr, "uklink: pool %s (from %s)\n", c->pool_root, c->pool_from);
	fprintf(stderr, "uklink: target %s\n", c->target_dir);
	for (int l = 0; l < c->nlibs; l++) {
		const struct uk_lib *lib = &c->libs[l];
		if (!lib->selected)
			continue;
		fprintf(stderr, "uklink: lib %s (reason: ", lib->name);
		reason(c, lib->why_root, lib->why_sym, lib->why_from);
		fputs(")\n", stderr);
	}
	for (int m = 0; m < c->nmembers; m++) {
		const struct uk_member *mb = &c->members[m];
		if (!mb->selected || mb->kind == UK_M_APPOBJ ||
		    mb->kind == UK_M_SCRIPT || mb->kind == UK_M_OPTIONS)
			continue;
		fprintf(stderr, "uklink: member %s (reason: ", mb->display);
		reason(c, mb->why_root, mb->why_sym, mb->why_from);
		fputs(")\n", stderr);
	}
}

/* fuzz_index.c: the pool index reader (index.c, target.c's records), on
 * a fresh link context each time. */
#include "fuzz.h"
#include "../uk.h"

#include <stdlib.h>
#include <string.h>

/* What read_index put in the context (uklink itself frees it at exit). */
static void index_free(struct uk_ctx *c)
{
	for (int i = 0; i < c->nlibs; i++) {
		struct uk_lib *l = &c->libs[i];
		free(l->name);
		free(l->version);
		free(l->archive);
		free(l->group);
		strv_free(&l->ldfrags);
		strv_free(&l->ldsyms);
	}
	for (int i = 0; i < c->nmembers; i++) {
		free(c->members[i].name);
		free(c->members[i].display);
		free(c->members[i].path);
	}
	for (int i = 0; i < c->nsyms; i++)
		free(c->syms[i].name);
	for (int i = 0; i < c->noptdefs; i++) {
		free(c->optdefs[i].name);
		free(c->optdefs[i].type);
		free(c->optdefs[i].def);
		free(c->optdefs[i].help);
		free(c->optdefs[i].value);
	}
	free(c->libs);
	free(c->members);
	free(c->syms);
	free(c->refs);
	free(c->optdefs);
	map_free(&c->libmap);
	map_free(&c->symmap);
	map_free(&c->membermap);
	target_free(&c->t);
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	struct uk_ctx *c = xcalloc(1, sizeof(*c));
	c->pool.index_path = xstrdup(fuzz_file(d, n));
	c->pool.target_dir = xstrdup("/nonexistent");
	read_index(c);
	index_free(c);
	free(c->pool.index_path);
	free(c->pool.target_dir);
	free(c);
	return 0;
}

/* target.c: the target's records of a pool index (docs/pool.md): the
 * LLVM major, the architecture, platform, triple and data layout, the
 * template, the mandatory libraries and the target facts (`fact KEY
 * VALUE`: how to link, inspect and run this target's images; keys in
 * docs/architecture.md, "Target facts"). read_index() hands them over
 * while it reads the whole index; `uklink run` reads only them. uklink
 * knows no platform or architecture by name: what differs is here. */
#include "uk.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Minimum field counts of the target's records. */
static const struct {
	const char *rec;
	int nf;
} target_fields[] = {
	{ "uklink-pool", 3 }, { "llvm", 2 }, { "target", 5 },
	{ "mandatory", 2 },   { "template", 2 }, { "fact", 3 },
};

/* Returns 1 if f is a target record (taken into t), 0 if not, -1 if it
 * is one with too few fields (*need gets the count). */
int target_record(struct uk_target *t, char **f, int nf, int *need)
{
	size_t i, n = sizeof(target_fields) / sizeof(target_fields[0]);
	for (i = 0; i < n && strcmp(f[0], target_fields[i].rec); i++)
		;
	if (i == n)
		return 0;
	if (nf < target_fields[i].nf) {
		*need = target_fields[i].nf;
		return -1;
	}
	if (!strcmp(f[0], "llvm")) {
		t->llvm_major = atoi(f[1]);
	} else if (!strcmp(f[0], "target")) {
		/* a second record replaces the first (found by fuzzing: it
		 * leaked) */
		free(t->arch);
		free(t->plat);
		free(t->triple);
		free(t->datalayout);
		t->arch = xstrdup(f[1]);
		t->plat = xstrdup(f[2]);
		t->triple = xstrdup(f[3]);
		t->datalayout = xstrdup(f[4]);
	} else if (!strcmp(f[0], "mandatory")) {
		if (strcmp(f[1], "-"))
			strv_split(&t->mandatory, f[1]);
	} else if (!strcmp(f[0], "template")) {
		free(t->template_rel);
		t->template_rel = xstrdup(f[1]);
	} else if (!strcmp(f[0], "fact")) {
		struct uk_fact *x = VPUSH(t->facts, t->nfacts, t->capfacts);
		struct uk_buf v = { 0 };
		for (int i = 2; i < nf; i++) /* the value may hold TABs */
			buf_printf(&v, "%s%s", i > 2 ? "\t" : "", f[i]);
		x->key = xstrdup(f[1]);
		x->val = v.p ? v.p : xstrdup("");
	}
	return 1;
}

/* The last record wins: a platform's part for one architecture comes
 * after its lib.uk and so overrides it. */
const char *target_fact(const struct uk_target *t, const char *key)
{
	for (int i = t->nfacts - 1; i >= 0; i--)
		if (!strcmp(t->facts[i].key, key))
			return t->facts[i].val;
	return NULL;
}

int target_words(const struct uk_target *t, const char *key,
		 struct uk_strv *out)
{
	int n = 0;
	for (int i = 0; i < t->nfacts; i++)
		if (!strcmp(t->facts[i].key, key)) {
			strv_split(out, t->facts[i].val);
			n++;
		}
	return n;
}

/* After the records: the LLVM major must be ours, and the records that
 * every target has must be there. */
int target_check(struct uk_diag *dg, const char *index_path,
		 const struct uk_target *t)
{
	if (t->llvm_major != UK_LLVM_MAJOR) {
		uk_error(dg, index_path,
			 "pool built by LLVM %d; this uklink uses LLVM %d "
			 "(ld.lld-%d): rebuild the pool",
			 t->llvm_major, UK_LLVM_MAJOR, UK_LLVM_MAJOR);
		return -1;
	}
	if (!t->triple || !t->template_rel) {
		uk_error(dg, index_path,
			 "no 'target' or 'template' record; rebuild the pool");
		return -1;
	}
	return 0;
}

/* Split a line into TAB-separated fields (in place). */
int split_tabs(char *line, char **f, int max)
{
	int n = 0;
	f[n++] = line;
	for (char *p = line; *p && n < max; p++)
		if (*p == '\t') {
			*p = 0;
			f[n++] = p + 1;
		}
	return n;
}

/* Reads line by line and stops at the first library: `uklink run` needs
 * only the head of an index of hundreds of kilobytes. */
int read_target(struct uk_diag *dg, const char *index_path,
		struct uk_target *t)
{
	FILE *fp = fopen(index_path, "r");
	int nerr = dg->nerrors, lineno = 0;
	if (!fp) {
		uk_error(dg, index_path, "cannot read: %s", strerror(errno));
		return -1;
	}
	char *line = NULL, *f[64];
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, fp)) > 0) {
		lineno++;
		if (line[n - 1] == '\n')
			line[n - 1] = 0;
		/* the target's records come before the first library */
		if (!strncmp(line, "lib\t", 4))
			break;
		int need = 0, nf = 0;
		if (*line && *line != '#' &&
		    target_record(t, f, nf = split_tabs(line, f, 64), &need) < 0) {
			char *where = xasprintf("%s:%d", index_path, lineno);
			uk_error(dg, where, "'%s' record has %d fields, needs %d",
				 f[0], nf, need);
			free(where);
		}
	}
	free(line);
	fclose(fp);
	if (dg->nerrors > nerr)
		return -1;
	return target_check(dg, index_path, t);
}

void target_free(struct uk_target *t)
{
	free(t->arch);
	free(t->plat);
	free(t->triple);
	free(t->datalayout);
	free(t->template_rel);
	strv_free(&t->mandatory);
	for (int i = 0; i < t->nfacts; i++) {
		free(t->facts[i].key);
		free(t->facts[i].val);
	}
	free(t->facts);
}

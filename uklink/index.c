/* index.c: read a target's index.tsv (docs/pool.md) into the context:
 * the target's records (target.c), libraries, their members, the members'
 * definitions and references. */
#include "uk.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sym_intern(struct uk_ctx *c, const char *name)
{
	int s = map_get(&c->symmap, name);
	if (s >= 0)
		return s;
	struct uk_sym *y = VPUSH(c->syms, c->nsyms, c->capsyms);
	memset(y, 0, sizeof(*y));
	y->name = xstrdup(name);
	y->first_def = y->first_edge = y->prov_ref = y->prov_lib = -1;
	map_put(&c->symmap, name, c->nsyms - 1);
	return c->nsyms - 1;
}

int add_member(struct uk_ctx *c, int lib, const char *name,
	       const char *display, const char *path, enum uk_mkind kind)
{
	struct uk_member *m = VPUSH(c->members, c->nmembers, c->capmembers);
	memset(m, 0, sizeof(*m));
	m->name = xstrdup(name);
	m->display = xstrdup(display);
	m->path = path ? xstrdup(path) : NULL;
	m->lib = lib;
	m->input = -1;
	m->kind = kind;
	m->first_ref = -1;
	m->why.sym = m->why.from = -1;
	return c->nmembers - 1;
}

void add_ref(struct uk_ctx *c, int member, const char *sym, unsigned flags)
{
	int s = sym_intern(c, sym);
	struct uk_ref *r = VPUSH(c->refs, c->nrefs, c->caprefs);
	r->member = member;
	r->sym = s;
	r->flags = flags;
	r->next_mem = c->members[member].first_ref;
	c->members[member].first_ref = c->nrefs - 1;
	r->next_def = -1;
	if (flags & UK_REF_DEF) {
		/* append, so that definitions stay in index order */
		int *p = &c->syms[s].first_def;
		while (*p >= 0)
			p = &c->refs[*p].next_def;
		*p = c->nrefs - 1;
	}
}

struct ixstate {
	struct uk_ctx *c;
	const char *path;
	int line;
	int cur_lib;
};

static int lib_of(struct ixstate *st, const char *name)
{
	int l = map_get(&st->c->libmap, name);
	if (l < 0 || l != st->cur_lib) {
		char *where = xasprintf("%s:%d", st->path, st->line);
		uk_error(&st->c->dg, where,
			 "record for library '%s' outside its lib record; "
			 "rebuild the pool",
			 name);
		free(where);
		return -1;
	}
	return l;
}

static int member_of(struct ixstate *st, int lib, const char *name)
{
	struct uk_ctx *c = st->c;
	char *key = xasprintf("%s\t%s", c->libs[lib].name, name);
	int m = map_get(&c->membermap, key);
	if (m < 0) {
		char *disp = xasprintf("lib%s.a(%s)", c->libs[lib].name, name);
		m = add_member(c, lib, name, disp, NULL, UK_M_ARCHIVE);
		free(disp);
		map_put(&c->membermap, key, m);
		c->libs[lib].last_member = c->nmembers;
	}
	free(key);
	return m;
}

static void rec_lib(struct ixstate *st, char **f)
{
	struct uk_ctx *c = st->c;
	struct uk_lib *l = VPUSH(c->libs, c->nlibs, c->caplibs);
	memset(l, 0, sizeof(*l));
	l->name = xstrdup(f[1]);
	l->version = xstrdup(f[2]);
	l->archive = xstrdup(f[3]);
	l->rank = atoi(f[5]);
	l->group = strcmp(f[6], "-") ? xstrdup(f[6]) : NULL;
	l->first_member = l->last_member = c->nmembers;
	l->why.sym = l->why.from = -1;
	map_put(&c->libmap, f[1], c->nlibs - 1);
	st->cur_lib = c->nlibs - 1;
}

static void rec_member(struct ixstate *st, char **f)
{
	struct uk_ctx *c = st->c;
	int l = lib_of(st, f[1]);
	if (l < 0)
		return;
	int m = member_of(st, l, f[2]);
	if (strcmp(f[3], "archive")) {
		c->members[m].kind = UK_M_FORCED;
		free(c->members[m].path); /* a repeated record (fuzzing) */
		c->members[m].path = xasprintf("%s/%s", c->pool.target_dir, f[3]);
		free(c->members[m].display);
		c->members[m].display = xasprintf("%s", f[3]);
	}
}

static void rec_def(struct ixstate *st, char **f, int nf)
{
	int l = lib_of(st, f[1]);
	if (l < 0)
		return;
	int m = member_of(st, l, f[2]);
	unsigned fl = UK_REF_DEF;
	if (!strcmp(f[4], "private"))
		fl |= UK_REF_PRIVATE;
	if (!strcmp(f[5], "weak"))
		fl |= UK_REF_WEAK;
	if (nf > 6 && !strcmp(f[6], "func"))
		fl |= UK_REF_FUNC;
	add_ref(st->c, m, f[3], fl);
}

static void rec_undef(struct ixstate *st, char **f)
{
	int l = lib_of(st, f[1]);
	if (l < 0)
		return;
	int m = member_of(st, l, f[2]);
	add_ref(st->c, m, f[3], !strcmp(f[4], "weak") ? UK_REF_WEAK : 0);
}

static void rec_option(struct ixstate *st, char **f, int nf)
{
	struct uk_ctx *c = st->c;
	int l = lib_of(st, f[1]);
	if (l < 0)
		return;
	struct uk_optdef *o = VPUSH(c->optdefs, c->noptdefs, c->capoptdefs);
	memset(o, 0, sizeof(*o));
	o->name = xstrdup(f[2]);
	o->type = xstrdup(f[3]);
	o->def = xstrdup(f[4]);
	/* help is the rest of the line, tabs included */
	struct uk_buf b = { 0 };
	for (int i = 5; i < nf; i++)
		buf_printf(&b, "%s%s", i > 5 ? "\t" : "", f[i]);
	o->help = b.p ? b.p : xstrdup("");
	o->lib = l;
	o->member = -1;
}

/* Minimum field counts of the library records. */
static const struct {
	const char *rec;
	int nf;
} min_fields[] = {
	{ "lib", 8 },   { "member", 4 }, { "def", 6 },    { "undef", 5 },
	{ "ldfrag", 3 }, { "ldsym", 3 }, { "option", 5 },
};

static void bad_fields(struct ixstate *st, const char *rec, int nf, int need)
{
	char *where = xasprintf("%s:%d", st->path, st->line);
	uk_error(&st->c->dg, where, "'%s' record has %d fields, needs %d", rec,
		 nf, need);
	free(where);
}

static void record(struct ixstate *st, char **f, int nf)
{
	struct uk_ctx *c = st->c;
	int need = 0, t = target_record(&c->t, f, nf, &need);
	if (t < 0)
		bad_fields(st, f[0], nf, need);
	if (t)
		return;
	for (size_t i = 0; i < sizeof(min_fields) / sizeof(min_fields[0]); i++)
		if (!strcmp(f[0], min_fields[i].rec) && nf < min_fields[i].nf) {
			bad_fields(st, f[0], nf, min_fields[i].nf);
			return;
		}
	if (!strcmp(f[0], "lib"))
		rec_lib(st, f);
	else if (!strcmp(f[0], "member"))
		rec_member(st, f);
	else if (!strcmp(f[0], "def"))
		rec_def(st, f, nf);
	else if (!strcmp(f[0], "undef"))
		rec_undef(st, f);
	else if (!strcmp(f[0], "ldfrag") && lib_of(st, f[1]) >= 0)
		strv_push(&c->libs[st->cur_lib].ldfrags, f[2]);
	else if (!strcmp(f[0], "ldsym") && lib_of(st, f[1]) >= 0)
		strv_push(&c->libs[st->cur_lib].ldsyms, f[2]);
	else if (!strcmp(f[0], "option"))
		rec_option(st, f, nf);
	/* unknown records are ignored: newer pools may add some */
}

int read_index(struct uk_ctx *c)
{
	char *data;
	size_t len;
	int e = read_whole(c->pool.index_path, &data, &len);
	if (e < 0) {
		uk_error(&c->dg, c->pool.index_path, "cannot read: %s", strerror(-e));
		return -1;
	}
	struct ixstate st = { c, c->pool.index_path, 0, -1 };
	char *f[64];
	int nerr = c->dg.nerrors;
	for (char *line = data; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		st.line++;
		if (*line && *line != '#') {
			int nf = split_tabs(line, f, 64);
			record(&st, f, nf);
		}
		line = nl ? nl + 1 : NULL;
	}
	free(data);
	if (c->dg.nerrors > nerr ||
	    target_check(&c->dg, c->pool.index_path, &c->t) < 0)
		return -1;
	for (int i = 0; i < c->t.mandatory.n; i++)
		if (map_get(&c->libmap, c->t.mandatory.v[i]) < 0)
			uk_error(&c->dg, c->pool.index_path,
				 "mandatory library '%s' has no lib record",
				 c->t.mandatory.v[i]);
	return c->dg.nerrors > nerr ? -1 : 0;
}

/* Does index file `path` export `sym`? Returns the library name (owned). */
static char *exported_in(const char *path, const char *sym)
{
	char *data;
	size_t len;
	if (read_whole(path, &data, &len) < 0)
		return NULL;
	char *found = NULL;
	char *f[8];
	for (char *line = data; line && *line && !found;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		if (!strncmp(line, "def\t", 4) && split_tabs(line, f, 8) >= 6 &&
		    !strcmp(f[3], sym) && !strcmp(f[4], "export"))
			found = xstrdup(f[1]);
		line = nl ? nl + 1 : NULL;
	}
	free(data);
	return found;
}

int note_other_targets(struct uk_ctx *c, const char *sym)
{
	int found = 0;
	char *vdir = xasprintf("%s/v%s-llvm%d", c->pool.root, UK_POOL_VERSION,
			       UK_LLVM_MAJOR);
	DIR *d = opendir(vdir);
	if (!d) {
		free(vdir);
		return 0;
	}
	struct uk_strv names = { 0 };
	struct dirent *e;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.')
			strv_push(&names, e->d_name);
	closedir(d);
	for (int i = 0; i < names.n; i++)
		for (int j = i + 1; j < names.n; j++)
			if (strcmp(names.v[i], names.v[j]) > 0) {
				char *t = names.v[i];
				names.v[i] = names.v[j];
				names.v[j] = t;
			}
	char *self = xasprintf("%s-%s", c->o.arch, c->o.plat);
	for (int i = 0; i < names.n; i++) {
		if (!strcmp(names.v[i], self))
			continue;
		char *ix = xasprintf("%s/%s/index.tsv", vdir, names.v[i]);
		char *lib = exported_in(ix, sym);
		if (lib) {
			const char *dash = strchr(names.v[i], '-');
			uk_note("%s is exported by library %s only in the %s pool "
				"(%s), not in %s",
				sym, lib, dash ? dash + 1 : names.v[i],
				names.v[i], self);
			free(lib);
			found++;
		}
		free(ix);
	}
	free(self);
	strv_free(&names);
	free(vdir);
	return found;
}

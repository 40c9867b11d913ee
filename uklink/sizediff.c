/* sizediff.c: `uklink size-diff [--check[=PCT,BYTES]] OLD NEW`, growth per
 * library and per symbol between two reports, largest first, in the
 * spirit of Linux's scripts/bloat-o-meter. OLD and NEW are reports (TSV
 * or JSON, told apart by their first byte) or images, whose report is
 * IMG.report.tsv. With --check, a library or the image growing by more
 * than max(PCT% of its old size, BYTES) is an error (exit 1). */
#include "json.h"
#include "sizediff.h"
#include "uk.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

struct item {
	char *key;  /* library, or "name\tlibrary" */
	long long old, new;
};

struct sizes {
	struct uk_map libs, syms; /* key -> index in items */
	struct item *items;
	int nitems, capitems;
};

/* A size as a report gives it, in [0, 1 TiB]: anything else is no image's
 * (a hostile or broken report; fuzzing found the overflow of summing
 * such), and the sums below cannot overflow. */
#define REPORT_MAX_BYTES (1LL << 40)
static long long bytes_of(double v)
{
	if (!(v > 0))
		return 0; /* negative or NaN */
	return v < (double)REPORT_MAX_BYTES ? (long long)v : REPORT_MAX_BYTES;
}

static long long bytes_at(const char *s)
{
	return bytes_of(strtod(s, NULL));
}

static void add(struct sizes *z, struct uk_map *m, const char *key,
		long long v, int is_new)
{
	int i = map_get(m, key);
	if (i < 0) {
		struct item *it = VPUSH(z->items, z->nitems, z->capitems);
		it->key = xstrdup(key);
		it->old = it->new = 0;
		i = z->nitems - 1;
		map_put(m, key, i);
	}
	long long *sum = is_new ? &z->items[i].new : &z->items[i].old;
	*sum = *sum > LLONG_MAX - v ? LLONG_MAX : *sum + v;
}

/* A symbol's key: LTO's numeric suffixes (cmdline.62) vary between links. */
static char *sym_key(const char *name, const char *lib)
{
	char *n = xstrdup(name);
	for (char *dot; (dot = strrchr(n, '.')) && dot > n &&
	     dot[1] && strspn(dot + 1, "0123456789") == strlen(dot + 1);)
		*dot = 0;
	char *k = xasprintf("%s\t%s", n, lib);
	free(n);
	return k;
}

static void add_sym(struct sizes *z, const char *name, const char *lib,
		    long long size, int is_new)
{
	char *k = sym_key(name, lib);
	add(z, &z->syms, k, size, is_new);
	free(k);
}

static int read_tsv(struct sizes *z, char *text, int is_new, long long *total)
{
	char *f[16];
	for (char *line = text; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		int n = 0;
		f[n++] = line;
		for (char *p = line; *p && n < 16; p++)
			if (*p == '\t') {
				*p = 0;
				f[n++] = p + 1;
			}
		if (!strcmp(f[0], "lib") && n >= 4 && strcmp(f[3], "-"))
			add(z, &z->libs, f[1], bytes_at(f[3]), is_new);
		else if (!strcmp(f[0], "sym") && n >= 9)
			add_sym(z, f[1], f[8], bytes_at(f[2]), is_new);
		else if (!strcmp(f[0], "total") && n >= 3 &&
			 !strcmp(f[1], "image"))
			*total = bytes_at(f[2]);
		line = nl ? nl + 1 : NULL;
	}
	return 0;
}

static int read_json(struct sizes *z, const char *text, size_t len,
		     int is_new, long long *total)
{
	struct jv *v = json_parse(text, len);
	if (!v)
		return -1;
	const struct jv *libs = json_get(v, "libs"), *syms = json_get(v, "symbols");
	for (int i = 0; libs && i < libs->nkids; i++)
		if (json_get(libs->kids[i], "bytes"))
			add(z, &z->libs, json_s(libs->kids[i], "name"),
			    bytes_of(json_n(libs->kids[i], "bytes")), is_new);
	for (int i = 0; syms && i < syms->nkids; i++)
		add_sym(z, json_s(syms->kids[i], "name"),
			json_s(syms->kids[i], "lib"),
			bytes_of(json_n(syms->kids[i], "size")), is_new);
	*total = bytes_of(json_n(json_get(v, "totals"), "image"));
	json_free(v);
	return 0;
}

static long long load(struct uk_diag *dg, struct sizes *z, const char *arg,
		      int is_new)
{
	char *path = xstrdup(arg), *d;
	size_t len;
	if (read_whole(path, &d, &len) < 0) {
		uk_error(dg, path, "cannot read the report");
		free(path);
		return -1;
	}
	if (len >= 4 && !memcmp(d, "\x7f" "ELF", 4)) {
		free(d);
		free(path);
		path = xasprintf("%s.report.tsv", arg);
		if (read_whole(path, &d, &len) < 0) {
			uk_error(dg, path, "no report for image %s: link it with "
				 "--report", arg);
			free(path);
			return -1;
		}
	}
	long long total = 0;
	int rc = len && d[0] == '{' ? read_json(z, d, len, is_new, &total)
		: strncmp(d, "uklink-report\t", 14) ? -1
		: read_tsv(z, d, is_new, &total);
	if (rc < 0)
		uk_error(dg, path, "not a uklink report (TSV or JSON)");
	free(d);
	free(path);
	return rc < 0 ? -1 : total;
}

static int by_delta(const void *a, const void *b)
{
	const struct item *x = a, *y = b;
	long long dx = x->new - x->old, dy = y->new - y->old;
	if (dx != dy)
		return dx > dy ? -1 : 1;
	return strcmp(x->key, y->key);
}

static void print_table(const char *title, struct item *it, int n)
{
	qsort(it, (size_t)n, sizeof(*it), by_delta);
	printf("%-44s %8s %8s %8s\n", title, "old", "new", "delta");
	for (int i = 0; i < n; i++) {
		if (it[i].new == it[i].old)
			continue;
		char *name = xstrdup(it[i].key), *tab = strchr(name, '\t');
		char *lib = tab ? tab + 1 : NULL;
		if (tab)
			*tab = 0;
		if (lib && *lib == '(') /* (app) -> main (app) */
			lib[strlen(lib) - 1] = 0, lib++;
		char *shown = lib ? xasprintf("%s (%s)", name, lib) : xstrdup(name);
		printf("%-44s %8lld %8lld %+8lld\n", shown, it[i].old, it[i].new,
		       it[i].new - it[i].old);
		free(shown);
		free(name);
	}
}

static long long allowed(const struct uk_sdopts *o, long long old)
{
	long long p = (long long)((double)old * o->tol_pct / 100.0);
	return p > o->tol_bytes ? p : o->tol_bytes;
}

static void check(struct uk_diag *dg, const struct uk_sdopts *o,
		  const char *what, long long old, long long new)
{
	long long tol = allowed(o, old);
	if (new - old > tol)
		uk_error(dg, o->inputs.v[1], "%s grew by %lld bytes (%lld -> "
			 "%lld), more than the tolerance of %lld bytes "
			 "(max(%g%%, %ld))", what, new - old, old, new, tol,
			 o->tol_pct, o->tol_bytes);
}

int size_diff(const struct uk_sdopts *o)
{
	struct uk_diag d = { 0 }, *dg = &d;
	struct sizes z = { 0 };
	long long old = load(dg, &z, o->inputs.v[0], 0);
	long long new = load(dg, &z, o->inputs.v[1], 1);
	int rc = 0;
	if (old < 0 || new < 0) {
		rc = -1;
		goto out;
	}
	/* split items into libraries and symbols */
	struct item *libs = xcalloc((size_t)z.nitems + 1, sizeof(*libs));
	struct item *syms = xcalloc((size_t)z.nitems + 1, sizeof(*syms));
	int nl = 0, ns = 0, add_n = 0, rm_n = 0, gr = 0, sh = 0;
	long long up = 0, down = 0;
	for (int i = 0; i < z.nitems; i++) {
		if (!strchr(z.items[i].key, '\t')) {
			libs[nl++] = z.items[i];
			continue;
		}
		struct item *s = &syms[ns++];
		*s = z.items[i];
		long long d = s->new - s->old;
		add_n += !s->old && s->new;
		rm_n += s->old && !s->new;
		gr += s->old && s->new && d > 0;
		sh += s->old && s->new && d < 0;
		if (d > 0)
			up += d;
		else
			down += d;
	}
	printf("add/remove: %d/%d grow/shrink: %d/%d up/down: %lld/%lld "
	       "(%lld)\n", add_n, rm_n, gr, sh, up, down, up + down);
	print_table("library", libs, nl);
	print_table("symbol (library)", syms, ns);
	printf("Total: Before=%lld, After=%lld, chg %+.2f%%\n", old, new,
	       old ? 100.0 * (double)(new - old) / (double)old : 0.0);
	if (o->check) {
		check(dg, o, "the image", old, new);
		for (int i = 0; i < nl; i++) {
			char *what = xasprintf("library %s", libs[i].key);
			check(dg, o, what, libs[i].old, libs[i].new);
			free(what);
		}
	}
	free(libs);
	free(syms);
out:
	for (int i = 0; i < z.nitems; i++)
		free(z.items[i].key);
	free(z.items);
	map_free(&z.libs);
	map_free(&z.syms);
	return rc < 0 || dg->nerrors ? 1 : 0;
}

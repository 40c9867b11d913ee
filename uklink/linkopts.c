/* linkopts.c: link-time options. The linked libraries' `option` records
 * and the app's `__uk_optdecl.NAME.TYPE.DEFAULT` markers declare them;
 * -D NAME=VALUE values become strong definitions that override the
 * libraries' weak defaults: the pool's prebuilt module of each value when
 * all are library bools (no tool to start), else a small LLVM IR module
 * assembled with llvm-as. */
#include "proc.h"
#include "uk.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define OPTDECL_PREFIX "__uk_optdecl."

/* `__uk_optdecl.NAME.TYPE.DEFAULT`: NAME and TYPE contain no dot, the
 * default is the rest of the name, verbatim. */
void optdecl_from_symbol(struct uk_ctx *c, int member, const char *name)
{
	size_t pl = strlen(OPTDECL_PREFIX);
	if (strncmp(name, OPTDECL_PREFIX, pl))
		return;
	const char *n = name + pl, *t = strchr(n, '.');
	const char *d = t ? strchr(t + 1, '.') : NULL;
	if (!t || !d || t == n) {
		uk_warn(c->members[member].display,
			"malformed option marker '%s' ignored", name);
		return;
	}
	char *oname = xstrndup(n, (size_t)(t - n));
	for (int i = 0; i < c->noptdefs; i++)
		if (c->optdefs[i].lib < 0 && c->optdefs[i].member == member &&
		    !strcmp(c->optdefs[i].name, oname)) {
			free(oname);
			return;
		}
	struct uk_optdef *o = VPUSH(c->optdefs, c->noptdefs, c->capoptdefs);
	memset(o, 0, sizeof(*o));
	o->name = oname;
	o->type = xstrndup(t + 1, (size_t)(d - t - 1));
	o->def = xstrdup(d + 1);
	o->help = xstrdup("(declared by the application)");
	o->lib = -1;
	o->member = member;
}

/* An option is active if its library or declaring app member is linked. */
static int active(const struct uk_ctx *c, const struct uk_optdef *o)
{
	if (o->lib >= 0)
		return c->libs[o->lib].selected;
	return c->members[o->member].selected;
}

/* Normalize v for type t into *out (owned); returns an error text. */
static const char *typed_value(const char *t, const char *v, char **out)
{
	if (!strcmp(t, "str")) {
		*out = xstrdup(v);
		return NULL;
	}
	if (!strcmp(t, "bool")) {
		if (!strcmp(v, "y") || !strcmp(v, "1"))
			*out = xstrdup("1");
		else if (!strcmp(v, "n") || !strcmp(v, "0"))
			*out = xstrdup("0");
		else
			return "a bool (y, n, 1 or 0)";
		return NULL;
	}
	if (!strcmp(t, "int")) {
		const char *p = v + (*v == '-');
		int hex = p[0] == '0' && (p[1] == 'x' || p[1] == 'X');
		char *end;
		errno = 0;
		unsigned long long u = strtoull(hex ? p + 2 : p, &end, hex ? 16 : 10);
		const char *digits = hex ? p + 2 : p;
		if (!*digits || *end || errno || *digits == '-' || *digits == '+' ||
		    *digits == ' ' ||
		    u > (*v == '-' ? 9223372036854775808ull : 9223372036854775807ull))
			return "an int (decimal or 0x hex, may be negative, 64-bit)";
		*out = *v == '-' ? xasprintf("-%llu", u) : xasprintf("%llu", u);
		return NULL;
	}
	return "of an unknown type in the pool";
}

static void unknown_option(struct uk_ctx *c, const char *name)
{
	for (int i = 0; i < c->noptdefs; i++)
		if (!strcmp(c->optdefs[i].name, name) && c->optdefs[i].lib >= 0) {
			uk_error(&c->dg, NULL, "-D %s: option of library %s, which is "
				 "not linked (add --lib %s to link it)", name,
				 c->libs[c->optdefs[i].lib].name,
				 c->libs[c->optdefs[i].lib].name);
			return;
		}
	const char *best = NULL;
	int bd = 4;
	for (int i = 0; i < c->noptdefs; i++) {
		if (!active(c, &c->optdefs[i]))
			continue;
		int d = edit_distance(name, c->optdefs[i].name);
		if (d < bd) {
			bd = d;
			best = c->optdefs[i].name;
		}
	}
	if (best)
		uk_error(&c->dg, NULL, "-D %s: unknown option (did you mean %s?); "
			 "`uklink --options` lists them", name, best);
	else
		uk_error(&c->dg, NULL, "-D %s: unknown option; `uklink --options` "
			 "lists them", name);
}

int check_defines(struct uk_ctx *c)
{
	int nerr = c->dg.nerrors;
	for (int i = 0; i < c->o.defines.n; i++) {
		const char *d = c->o.defines.v[i], *eq = strchr(d, '=');
		char *name = xstrndup(d, (size_t)(eq - d));
		int found = 0;
		for (int k = 0; k < c->noptdefs; k++) {
			struct uk_optdef *o = &c->optdefs[k];
			if (strcmp(o->name, name) || !active(c, o))
				continue;
			found = 1;
			char *v = NULL;
			const char *why = typed_value(o->type, eq + 1, &v);
			if (why) {
				uk_error(&c->dg, NULL, "-D %s=%s: %s is %s", name, eq + 1,
					 name, why);
				break;
			}
			free(o->value);
			o->value = v; /* the last -D of a name wins */
		}
		if (!found)
			unknown_option(c, name);
		free(name);
	}
	return c->dg.nerrors > nerr ? -1 : 0;
}

static void ir_string(struct uk_buf *b, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p >= 0x20 && *p < 0x7f && *p != '"' && *p != '\\')
			buf_add(b, p, 1);
		else
			buf_printf(b, "\\%02X", *p);
	}
	buf_adds(b, "\\00");
}

static int opt_cmp(const void *a, const void *b)
{
	const struct uk_optdef *const *x = a, *const *y = b;
	return strcmp((*x)->name, (*y)->name);
}

/* The options with a value, each name once, sorted by name (reproducible
 * images); returns their number. */
static int valued_options(struct uk_ctx *c, struct uk_optdef ***out)
{
	struct uk_optdef **v = xcalloc((size_t)c->noptdefs + 1, sizeof(*v));
	int n = 0;
	for (int i = 0; i < c->noptdefs; i++) {
		int dup = 0;
		for (int k = 0; k < n; k++)
			dup |= !strcmp(v[k]->name, c->optdefs[i].name);
		if (c->optdefs[i].value && active(c, &c->optdefs[i]) && !dup)
			v[n++] = &c->optdefs[i];
	}
	qsort(v, (size_t)n, sizeof(*v), opt_cmp);
	*out = v;
	return n;
}

/* The IR text of the options module. mk/optmods.sh writes the same text
 * for one bool option: keep them in step. */
static char *options_ir(struct uk_ctx *c, struct uk_optdef **v, int n)
{
	struct uk_buf b = { 0 };
	buf_printf(&b, "; generated by uklink from -D options\n"
		   "source_filename = \"uklink-options\"\n"
		   "target datalayout = \"%s\"\ntarget triple = \"%s\"\n\n",
		   c->t.datalayout, c->t.triple);
	for (int i = 0; i < n; i++) {
		if (strcmp(v[i]->type, "str")) {
			buf_printf(&b, "@uk_opt_%s = constant i64 %s, align 8\n",
				   v[i]->name, v[i]->value);
			continue;
		}
		buf_printf(&b, "@uk_opt_%s = constant [%zu x i8] c\"", v[i]->name,
			   strlen(v[i]->value) + 1);
		ir_string(&b, v[i]->value);
		buf_adds(&b, "\", align 1\n");
	}
	return b.p;
}

static void add_optmod(struct uk_ctx *c, const char *name, const char *path)
{
	strv_push(&c->optmods, path);
	int m = add_member(c, -1, name, path, path, UK_M_OPTIONS);
	c->members[m].selected = 1;
	c->members[m].why.kind = UK_WHY_DEFINE;
}

/* Every value a library bool with its module in the pool
 * (lib/<lib>/opt/NAME.y.bc, mk/optmods.sh): link those. */
static int prebuilt_modules(struct uk_ctx *c, struct uk_optdef **v, int n)
{
	struct uk_strv paths = { 0 };
	int ok = 1;
	for (int i = 0; i < n && ok; i++) {
		if (strcmp(v[i]->type, "bool") || v[i]->lib < 0) {
			ok = 0;
			break;
		}
		strv_pushf(&paths, "%s/lib/%s/opt/%s.%s.bc", c->pool.target_dir,
			   c->libs[v[i]->lib].name, v[i]->name,
			   strcmp(v[i]->value, "1") ? "n" : "y");
		ok = access(paths.v[paths.n - 1], R_OK) == 0;
	}
	for (int i = 0; ok && i < paths.n; i++) {
		const char *base = strrchr(paths.v[i], '/') + 1;
		add_optmod(c, base, paths.v[i]);
	}
	strv_free(&paths);
	return ok;
}

int write_options_module(struct uk_ctx *c)
{
	struct uk_optdef **v;
	int n = valued_options(c, &v);
	if (!n || prebuilt_modules(c, v, n)) {
		free(v);
		return 0;
	}
	char *ll = xasprintf("%s/options.ll", c->tmpdir);
	char *bc = xasprintf("%s/options.bc", c->tmpdir);
	add_optmod(c, "options.bc", bc);
	int rc = 0;
	if (!c->o.dry_run) {
		char *ir = options_ir(c, v, n);
		FILE *f = fopen(ll, "w");
		int ok = f && fputs(ir, f) >= 0;
		if (f && fclose(f) != 0)
			ok = 0;
		if (!ok) {
			uk_error(&c->dg, ll, "cannot write: %s", strerror(errno));
			rc = -1;
		} else {
			const char *as = getenv("UKLINK_AS");
			char *argv[] = { (char *)(as && *as ? as : "llvm-as-19"),
					 ll, (char *)"-o", bc, NULL };
			int st = run_wait(argv);
			if (st != 0) {
				uk_error(&c->dg, ll, "%s failed (status %d) on the "
					 "options module", argv[0], st);
				rc = -1;
			}
		}
		free(ir);
	}
	free(v);
	free(ll);
	free(bc);
	return rc;
}

static void tsv_field(const char *s, int last)
{
	for (; *s; s++)
		putchar(*s == '\t' || *s == '\n' ? ' ' : *s);
	putchar(last ? '\n' : '\t');
}

void print_options(struct uk_ctx *c)
{
	printf("NAME\tTYPE\tVALUE\tDEFAULT\tLIBRARY\tHELP\n");
	for (int pass = 0; pass < 2; pass++)
		for (int l = pass ? -1 : 0; l < (pass ? 0 : c->nlibs); l++) {
			if (l >= 0 && !c->libs[l].selected)
				continue;
			for (int i = 0; i < c->noptdefs; i++) {
				struct uk_optdef *o = &c->optdefs[i];
				if (o->lib != l || !active(c, o))
					continue;
				tsv_field(o->name, 0);
				tsv_field(o->type, 0);
				tsv_field(o->value ? o->value : o->def, 0);
				tsv_field(o->def, 0);
				tsv_field(l >= 0 ? c->libs[l].name
					  : c->members[o->member].display, 0);
				tsv_field(o->help, 1);
			}
		}
}

/* report.c: the report pass (after the link, or after a failed pass,
 * with what is known then): --report (docs/reports.md), TSV and JSON for
 * tools (stable records and keys), text for people; then the --why
 * answers (why.c). */
#include "uk.h"

#include <elf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const pseudo[UK_NPSEUDO] = {
	"(app)", "(linker)", "(symtab)", "(padding)", "(unattributed)",
};

static const char *row_name(const struct uk_ctx *c, int row)
{
	return row < c->nlibs ? c->libs[row].name : pseudo[row - c->nlibs];
}

static uint64_t row_bytes(const struct uk_ctx *c, int row, int nobits)
{
	const struct uk_report *r = &c->rep;
	uint64_t n = 0;
	for (int s = 0; r->bytes && s < r->img.nsecs; s++)
		if ((r->img.secs[s].type == SHT_NOBITS) == nobits)
			n += r->bytes[(size_t)row * (size_t)r->img.nsecs + (size_t)s];
	return n;
}

static int row_linked(const struct uk_ctx *c, int row)
{
	if (row < c->nlibs)
		return c->libs[row].selected;
	if (row == c->nlibs + UK_ROW_APP)
		return 1;
	return c->rep.have_image && (row_bytes(c, row, 0) || row_bytes(c, row, 1));
}

static int row_syms(const struct uk_ctx *c, int row)
{
	int n = 0;
	for (int i = 0; i < c->rep.img.nsyms; i++)
		n += c->rep.img.syms[i].row == row;
	return n;
}

/* reason, symbol, from of a linked row */
static void row_reason(const struct uk_ctx *c, int row, const char **reason,
		       const char **sym, char **from)
{
	*reason = "-";
	*sym = "-";
	*from = xstrdup("-");
	if (row == c->nlibs + UK_ROW_APP) {
		*reason = "input";
		return;
	}
	if (row >= c->nlibs)
		return;
	const struct uk_lib *l = &c->libs[row];
	*reason = why_word(l->why.kind);
	if (l->why.kind != UK_WHY_NEEDED)
		return;
	if (l->why.sym >= 0)
		*sym = c->syms[l->why.sym].name;
	free(*from);
	*from = prov_name(c, l->why.from);
}

/* A decision's candidates: "a b c". */
static char *cands_text(const struct uk_ctx *c, const struct uk_decision *d)
{
	struct uk_buf b = { 0 };
	for (int i = 0; i < d->ncands; i++)
		buf_printf(&b, "%s%s", i ? " " : "", c->libs[d->cands[i]].name);
	return b.p ? b.p : xstrdup("");
}

/* The candidates a group excluded: "x (group g held by y), ..." or "". */
static char *excl_text(const struct uk_ctx *c, const struct uk_decision *d)
{
	struct uk_buf b = { 0 };
	for (int i = 0; i < d->nexcl; i++) {
		const struct uk_lib *l = &c->libs[d->excl[i].lib];
		int h = d->excl[i].holder;
		buf_printf(&b, "%s%s (group %s held by %s)", i ? ", " : "",
			   l->name, l->group, h >= 0 ? c->libs[h].name : "?");
	}
	return b.p ? b.p : xstrdup("");
}

/* A decision as the writers print it. */
struct dtext {
	char *rule, *cands, *excl, *from;
};

static struct dtext dtext(const struct uk_ctx *c, const struct uk_decision *d)
{
	struct dtext t = { rule_text(c, d), cands_text(c, d),
			   excl_text(c, d), prov_name(c, d->from) };
	return t;
}

static void dtext_free(struct dtext *t)
{
	free(t->rule);
	free(t->cands);
	free(t->excl);
	free(t->from);
}

/* Why a pool library is not linked. */
static char *unlinked_reason(const struct uk_ctx *c, int l)
{
	for (int i = 0; i < c->ndecisions; i++) {
		const struct uk_decision *d = &c->decisions[i];
		if (d->chosen == l)
			continue;
		for (int k = 0; k < d->nexcl; k++)
			if (d->excl[k].lib == l)
				return xasprintf("%s: group %s held by %s",
						 c->syms[d->sym].name,
						 c->libs[l].group,
						 c->libs[d->chosen].name);
		for (int k = 0; k < d->ncands; k++)
			if (d->cands[k] == l) {
				char *r = rule_text(c, d);
				char *s = xasprintf("%s: provided by %s (%s)",
						    c->syms[d->sym].name,
						    c->libs[d->chosen].name, r);
				free(r);
				return s;
			}
	}
	return xstrdup("not needed: no linked object uses a symbol it exports");
}

static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '"' || ch == '\\')
			fprintf(f, "\\%c", ch);
		else if (ch < 0x20)
			fprintf(f, "\\u%04x", ch);
		else
			fputc(ch, f);
	}
	fputc('"', f);
}

static char *chain_str(const struct uk_ctx *c, const struct uk_isym *y,
		       const char *sep)
{
	if (y->member < 0)
		return xstrdup("-");
	struct uk_strv ch = { 0 };
	prov_chain(c, y->name, y->member, &ch);
	struct uk_buf b = { 0 };
	for (int i = 0; i < ch.n; i++)
		buf_printf(&b, "%s%s", i ? (i == ch.n - 1 ? " " : sep) : "",
			   ch.v[i]);
	strv_free(&ch);
	return b.p;
}

static const char *bind_name(int b)
{
	return b == STB_LOCAL ? "local" : b == STB_WEAK ? "weak" : "global";
}

static const char *type_name(int t)
{
	return t == STT_FUNC ? "func" : t == STT_OBJECT ? "object"
		: t == STT_TLS ? "tls" : "notype";
}

static const char *sec_name(const struct uk_ctx *c, int s)
{
	return s >= 0 ? c->rep.img.secs[s].name : "*ABS*";
}

static uint64_t image_total(const struct uk_ctx *c, int nobits)
{
	uint64_t n = 0;
	for (int s = 0; s < c->rep.img.nsecs; s++)
		if ((c->rep.img.secs[s].type == SHT_NOBITS) == nobits)
			n += c->rep.img.secs[s].size;
	return n;
}

static char *status(const struct uk_ctx *c)
{
	return c->failed ? xasprintf("failed:%s", c->failed) : xstrdup("ok");
}

/* ---- TSV ------------------------------------------------------------ */

static void write_tsv(const struct uk_ctx *c, FILE *f)
{
	const struct uk_report *r = &c->rep;
	char *st = status(c);
	fprintf(f, "uklink-report\t1\t%s\t%s\t%s-%s\n", st, c->o.out, c->o.arch,
		c->o.plat);
	free(st);
	for (int s = 0; s < r->img.nsecs; s++)
		fprintf(f, "section\t%s\t%s\t0x%llx\t%llu\n", r->img.secs[s].name,
			r->img.secs[s].type == SHT_NOBITS ? "nobits" : "progbits",
			(unsigned long long)r->img.secs[s].addr,
			(unsigned long long)r->img.secs[s].size);
	for (int row = 0; row < c->nlibs + UK_NPSEUDO; row++) {
		if (!row_linked(c, row))
			continue;
		const char *reason, *sym;
		char *from;
		row_reason(c, row, &reason, &sym, &from);
		if (r->have_image)
			fprintf(f, "lib\t%s\t%s\t%llu\t%llu\t%d\t%s\t%s\t%s\n",
				row_name(c, row),
				row < c->nlibs ? c->libs[row].version : "-",
				(unsigned long long)row_bytes(c, row, 0),
				(unsigned long long)row_bytes(c, row, 1),
				row_syms(c, row), reason, sym, from);
		else
			fprintf(f, "lib\t%s\t%s\t-\t-\t-\t%s\t%s\t%s\n",
				row_name(c, row),
				row < c->nlibs ? c->libs[row].version : "-",
				reason, sym, from);
		free(from);
		for (int s = 0; r->bytes && s < r->img.nsecs; s++) {
			uint64_t n = r->bytes[(size_t)row * (size_t)r->img.nsecs + (size_t)s];
			if (n)
				fprintf(f, "libsec\t%s\t%s\t%llu\n", row_name(c, row),
					r->img.secs[s].name, (unsigned long long)n);
		}
	}
	for (int l = 0; l < c->nlibs; l++) {
		if (c->libs[l].selected)
			continue;
		char *why = unlinked_reason(c, l);
		fprintf(f, "unlinked\t%s\t%s\t%s\n", c->libs[l].name,
			c->libs[l].version, why);
		free(why);
	}
	for (int i = 0; i < c->ndecisions; i++) {
		const struct uk_decision *d = &c->decisions[i];
		struct dtext t = dtext(c, d);
		fprintf(f, "decision\t%s\t%s\t%s\t%s\t%s\t%s\n",
			c->syms[d->sym].name, c->libs[d->chosen].name, t.rule,
			t.cands, *t.excl ? t.excl : "-", t.from);
		dtext_free(&t);
	}
	for (int i = 0; i < r->img.nsyms; i++) {
		const struct uk_isym *y = &r->img.syms[i];
		char *prov = prov_name(c, y->member), *ch = chain_str(c, y, " <- ");
		fprintf(f, "sym\t%s\t%llu\t%llu\t%s\t0x%llx\t%s\t%s\t%s\t%s\t%s\t%s\n",
			y->name, (unsigned long long)y->size,
			(unsigned long long)y->bytes, sec_name(c, y->sec),
			(unsigned long long)y->addr, bind_name(y->bind),
			type_name(y->type), row_name(c, y->row), prov, y->how, ch);
		free(prov);
		free(ch);
	}
	if (!r->have_image)
		return;
	for (int s = 0; s < r->img.nsecs; s++)
		fprintf(f, "total\t%s\t%llu\n", r->img.secs[s].name,
			(unsigned long long)r->img.secs[s].size);
	fprintf(f, "total\tnobits\t%llu\n", (unsigned long long)image_total(c, 1));
	fprintf(f, "total\timage\t%llu\n", (unsigned long long)image_total(c, 0));
}

/* ---- JSON ----------------------------------------------------------- */

static void json_kv(FILE *f, const char *k, const char *v, int comma)
{
	fprintf(f, "%s", comma ? ", " : "");
	json_str(f, k);
	fputs(": ", f);
	json_str(f, v);
}

static void json_ku(FILE *f, const char *k, uint64_t v)
{
	fputs(", ", f);
	json_str(f, k);
	fprintf(f, ": %llu", (unsigned long long)v);
}

static void json_libs(const struct uk_ctx *c, FILE *f)
{
	const struct uk_report *r = &c->rep;
	int first = 1;
	fputs(",\n\"libs\": [", f);
	for (int row = 0; row < c->nlibs + UK_NPSEUDO; row++) {
		if (!row_linked(c, row))
			continue;
		const char *reason, *sym;
		char *from;
		row_reason(c, row, &reason, &sym, &from);
		fputs(first ? "\n  {" : ",\n  {", f);
		first = 0;
		json_kv(f, "name", row_name(c, row), 0);
		json_kv(f, "version", row < c->nlibs ? c->libs[row].version : "-", 1);
		if (r->have_image) {
			json_ku(f, "bytes", row_bytes(c, row, 0));
			json_ku(f, "bss", row_bytes(c, row, 1));
			json_ku(f, "symbols", (uint64_t)row_syms(c, row));
		}
		json_kv(f, "reason", reason, 1);
		json_kv(f, "symbol", sym, 1);
		json_kv(f, "from", from, 1);
		free(from);
		fputs(", \"sections\": {", f);
		for (int s = 0, k = 0; r->bytes && s < r->img.nsecs; s++) {
			uint64_t n = r->bytes[(size_t)row * (size_t)r->img.nsecs + (size_t)s];
			if (!n)
				continue;
			fprintf(f, "%s", k++ ? ", " : "");
			json_str(f, r->img.secs[s].name);
			fprintf(f, ": %llu", (unsigned long long)n);
		}
		fputs("}}", f);
	}
	fputs("\n]", f);
}

static void json_syms(const struct uk_ctx *c, FILE *f)
{
	const struct uk_report *r = &c->rep;
	fputs(",\n\"symbols\": [", f);
	for (int i = 0; i < r->img.nsyms; i++) {
		const struct uk_isym *y = &r->img.syms[i];
		char *prov = prov_name(c, y->member);
		fputs(i ? ",\n  {" : "\n  {", f);
		json_kv(f, "name", y->name, 0);
		json_ku(f, "size", y->size);
		json_ku(f, "bytes", y->bytes);
		json_kv(f, "section", sec_name(c, y->sec), 1);
		json_ku(f, "addr", y->addr);
		json_kv(f, "bind", bind_name(y->bind), 1);
		json_kv(f, "type", type_name(y->type), 1);
		json_kv(f, "lib", row_name(c, y->row), 1);
		json_kv(f, "member", prov, 1);
		json_kv(f, "how", y->how, 1);
		free(prov);
		fputs(", \"chain\": [", f);
		struct uk_strv ch = { 0 };
		if (y->member >= 0)
			prov_chain(c, y->name, y->member, &ch);
		for (int k = 0; k < ch.n; k++) {
			fputs(k ? ", " : "", f);
			json_str(f, ch.v[k]);
		}
		strv_free(&ch);
		fputs("]}", f);
	}
	fputs("\n]", f);
}

static void write_json(const struct uk_ctx *c, FILE *f)
{
	const struct uk_report *r = &c->rep;
	char *st = status(c), *tgt = xasprintf("%s-%s", c->o.arch, c->o.plat);
	fputs("{\"format\": 1", f);
	json_kv(f, "status", st, 1);
	json_kv(f, "image", c->o.out, 1);
	json_kv(f, "target", tgt, 1);
	free(st);
	free(tgt);
	fputs(",\n\"sections\": [", f);
	for (int s = 0; s < r->img.nsecs; s++) {
		fputs(s ? ",\n  {" : "\n  {", f);
		json_kv(f, "name", r->img.secs[s].name, 0);
		json_kv(f, "type", r->img.secs[s].type == SHT_NOBITS
			? "nobits" : "progbits", 1);
		json_ku(f, "addr", r->img.secs[s].addr);
		json_ku(f, "size", r->img.secs[s].size);
		fputs("}", f);
	}
	fputs("\n]", f);
	json_libs(c, f);
	fputs(",\n\"unlinked\": [", f);
	for (int l = 0, k = 0; l < c->nlibs; l++) {
		if (c->libs[l].selected)
			continue;
		char *why = unlinked_reason(c, l);
		fputs(k++ ? ",\n  {" : "\n  {", f);
		json_kv(f, "name", c->libs[l].name, 0);
		json_kv(f, "version", c->libs[l].version, 1);
		json_kv(f, "reason", why, 1);
		fputs("}", f);
		free(why);
	}
	fputs("\n],\n\"decisions\": [", f);
	for (int i = 0; i < c->ndecisions; i++) {
		const struct uk_decision *d = &c->decisions[i];
		struct dtext t = dtext(c, d);
		fputs(i ? ",\n  {" : "\n  {", f);
		json_kv(f, "symbol", c->syms[d->sym].name, 0);
		json_kv(f, "chosen", c->libs[d->chosen].name, 1);
		json_kv(f, "rule", t.rule, 1);
		json_kv(f, "candidates", t.cands, 1);
		json_kv(f, "excluded", t.excl, 1);
		json_kv(f, "from", t.from, 1);
		fputs("}", f);
		dtext_free(&t);
	}
	fputs("\n]", f);
	json_syms(c, f);
	fputs(",\n\"totals\": {", f);
	if (r->have_image) {
		fprintf(f, "\"image\": %llu, \"nobits\": %llu, \"sections\": {",
			(unsigned long long)image_total(c, 0),
			(unsigned long long)image_total(c, 1));
		for (int s = 0; s < r->img.nsecs; s++) {
			fputs(s ? ", " : "", f);
			json_str(f, r->img.secs[s].name);
			fprintf(f, ": %llu", (unsigned long long)r->img.secs[s].size);
		}
		fputs("}", f);
	}
	fputs("}\n}\n", f);
}

/* ---- text ----------------------------------------------------------- */

static int cmp_u64_desc(uint64_t a, uint64_t b)
{
	return a > b ? -1 : a < b;
}

static void write_text(const struct uk_ctx *c, FILE *f)
{
	const struct uk_report *r = &c->rep;
	char *st = status(c);
	fprintf(f, "uklink report: %s (%s-%s), %s\n", c->o.out, c->o.arch,
		c->o.plat, st);
	free(st);
	if (r->have_image) {
		fprintf(f, "image: %llu bytes loaded (", (unsigned long long)
			image_total(c, 0));
		for (int s = 0, k = 0; s < r->img.nsecs; s++)
			if (r->img.secs[s].type != SHT_NOBITS)
				fprintf(f, "%s%s %llu", k++ ? ", " : "",
					r->img.secs[s].name,
					(unsigned long long)r->img.secs[s].size);
		fprintf(f, "), %llu bytes zero-filled\n",
			(unsigned long long)image_total(c, 1));
	}
	/* libraries, largest first */
	int nr = c->nlibs + UK_NPSEUDO, *ord = xmalloc(sizeof(int) * (size_t)nr);
	for (int i = 0; i < nr; i++)
		ord[i] = i;
	for (int i = 1; i < nr; i++)
		for (int j = i; j > 0 && cmp_u64_desc(row_bytes(c, ord[j - 1], 0),
						       row_bytes(c, ord[j], 0)) > 0; j--) {
			int t = ord[j];
			ord[j] = ord[j - 1];
			ord[j - 1] = t;
		}
	fprintf(f, "\n%-16s %8s %8s  %s\n", "library", "bytes", "bss",
		"linked because");
	for (int i = 0; i < nr; i++) {
		int row = ord[i];
		if (!row_linked(c, row))
			continue;
		const char *reason, *sym;
		char *from;
		row_reason(c, row, &reason, &sym, &from);
		fprintf(f, "%-16s %8llu %8llu  ", row_name(c, row),
			(unsigned long long)row_bytes(c, row, 0),
			(unsigned long long)row_bytes(c, row, 1));
		if (row < c->nlibs && c->libs[row].why.kind == UK_WHY_NEEDED)
			fprintf(f, "%s needed by %s\n", sym, from);
		else
			fprintf(f, "%s\n", reason);
		free(from);
	}
	free(ord);
	if (r->have_image)
		fprintf(f, "%-16s %8llu %8llu\n", "total",
			(unsigned long long)image_total(c, 0),
			(unsigned long long)image_total(c, 1));
	if (c->ndecisions)
		fputs("\nduplicate providers:\n", f);
	for (int i = 0; i < c->ndecisions; i++) {
		const struct uk_decision *d = &c->decisions[i];
		struct dtext t = dtext(c, d);
		fprintf(f, "  %s: %s (%s) among %s%s%s\n", c->syms[d->sym].name,
			c->libs[d->chosen].name, t.rule, t.cands,
			*t.excl ? "; excluded " : "", t.excl);
		dtext_free(&t);
	}
	fputs("\nnot linked:\n", f);
	for (int l = 0; l < c->nlibs; l++) {
		if (c->libs[l].selected)
			continue;
		char *why = unlinked_reason(c, l);
		fprintf(f, "  %-14s %s\n", c->libs[l].name, why);
		free(why);
	}
	if (!r->img.nsyms)
		return;
	fprintf(f, "\n%8s %-10s %-28s %s\n", "bytes", "section", "symbol",
		"provider and chain");
	for (int i = 0; i < r->img.nsyms; i++) {
		const struct uk_isym *y = &r->img.syms[i];
		char *ch = chain_str(c, y, " \xe2\x86\x90 ");
		fprintf(f, "%8llu %-10s %-28s %s\n", (unsigned long long)y->bytes,
			sec_name(c, y->sec), y->name,
			y->member >= 0 ? ch : row_name(c, y->row));
		free(ch);
	}
}

/* Write the report to c->o.report_path ("-": stdout; NULL: OUT.report.EXT). */
int write_report(struct uk_ctx *c)
{
	static const char *const ext[] = { "txt", "tsv", "json" };
	char *path = c->o.report_path ? xstrdup(c->o.report_path)
		: xasprintf("%s.report.%s", c->o.out, ext[c->o.report_format]);
	int to_stdout = !strcmp(path, "-");
	char *tmp = to_stdout ? NULL : xasprintf("%s.tmp%d", path, (int)getpid());
	FILE *f = to_stdout ? stdout : fopen(tmp, "w");
	if (!f) {
		uk_error(&c->dg, path, "cannot write the report: %s", strerror(errno));
		free(tmp);
		free(path);
		return -1;
	}
	if (c->o.report_format == UK_RF_TSV)
		write_tsv(c, f);
	else if (c->o.report_format == UK_RF_JSON)
		write_json(c, f);
	else
		write_text(c, f);
	int rc = 0;
	if (to_stdout) {
		fflush(f);
	} else if (fclose(f) != 0 || rename(tmp, path) != 0) {
		uk_error(&c->dg, path, "cannot write the report: %s", strerror(errno));
		unlink(tmp);
		rc = -1;
	}
	free(tmp);
	free(path);
	return rc;
}

void report_pass(struct uk_ctx *c, const char *image)
{
	if (c->nmembers)
		prov_chains(c);
	if (image && prov_image(c, image) < 0)
		uk_warn(image, "cannot read the image: the report has no sizes");
	if (c->o.report)
		write_report(c);
	for (int i = 0; i < c->o.whys.n; i++)
		explain_symbol(c, c->o.whys.v[i]);
	fflush(stdout);
}

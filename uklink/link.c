/* link.c: run ld.lld (the command ldcmd.c built), then finish the image:
 * its symbol table (symtab.c), the flat boot image some targets need
 * (flat.c), and the atomic rename over -o. */
#include "proc.h"
#include "uk.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ld.lld's stderr, line by line:
 *  - "Linking two modules of different target triples", once per pool
 *    member when the app's bitcode has the host's triple (the same
 *    architecture, already checked by check_bitcode_triple): dropped,
 *    one note with -v replaces them;
 *  - "error: undefined symbol: SYM" and its ">>> " lines, for a symbol
 *    resolution left to ld.lld (c->deferred): a section ld.lld keeps
 *    refers to it, so it becomes uklink's own error with its notes;
 *  - everything else goes through unchanged.
 * Returns how many other error lines ld.lld printed. */
struct ldout {
	int triple_dropped, after_undef, other_errors;
	int undef_sym;        /* the deferred symbol of the current block */
	struct uk_buf where;  /* its ">>> file:(function)" lines */
};

static int deferred_sym(const struct uk_ctx *c, const char *name)
{
	int s = map_get(&c->symmap, name);
	for (int i = 0; s >= 0 && i < c->ndeferred; i++)
		if (c->deferred[i] == s)
			return s;
	return -1;
}

static void undef_done(struct uk_ctx *c, struct ldout *o)
{
	if (o->undef_sym < 0)
		return;
	const struct uk_sym *y = &c->syms[o->undef_sym];
	const char *first = NULL;
	for (int e = y->first_edge; e >= 0; e = c->edges[e].next)
		if (!c->edges[e].weak)
			first = member_display(c, c->edges[e].from);
	uk_error(&c->dg, first, "undefined symbol: %s", y->name);
	uk_note("%s is referenced by %s (ld.lld keeps that code)", y->name,
		o->where.p ? o->where.p : "?");
	note_undefined(c, o->undef_sym);
	free(o->where.p);
	o->where = (struct uk_buf){ 0 };
	o->undef_sym = -1;
}

static void ld_line(struct uk_ctx *c, struct ldout *o, const char *line,
		    int last)
{
	const char *u = strstr(line, "error: undefined symbol: ");
	if (o->undef_sym >= 0 && !strncmp(line, ">>> ", 4)) {
		const char *w = line + 4 + strspn(line + 4, " ");
		const char *lto = strstr(w, ".lto.o:(");
		if (lto) /* the LTO output's temporary name says nothing */
			buf_printf(&o->where, "%sLTO code:%s",
				   o->where.n ? ", " : "", lto + 7);
		else if (strncmp(w, "referenced by ", 14))
			buf_printf(&o->where, "%s%s", o->where.n ? ", " : "", w);
		return;
	}
	if (o->undef_sym >= 0)
		o->after_undef = 1;
	undef_done(c, o);
	if (!*line && o->after_undef) /* the blank line after its block */
		return;
	o->after_undef = 0;
	if (u && deferred_sym(c, u + 25) >= 0) {
		o->undef_sym = deferred_sym(c, u + 25);
		return;
	}
	if (strstr(line, "Linking two modules of different target triples")) {
		o->triple_dropped = 1; /* its empty continuation lines too */
		return;
	}
	if (!*line && o->triple_dropped)
		return;
	o->triple_dropped = 0;
	if (strstr(line, "error: "))
		o->other_errors++;
	fprintf(stderr, "%s%s", line, last ? "" : "\n");
}

static int run_ld(struct uk_ctx *c, int *other_errors)
{
	char *out, *err;
	int st = linkcache_run(c, &out, &err); /* ld.lld, or its cached result */
	struct ldout o = { .undef_sym = -1 };
	fputs(out, stdout);
	for (char *line = err; *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		ld_line(c, &o, line, !nl);
		if (!nl)
			break;
		line = nl + 1;
	}
	undef_done(c, &o);
	free(out);
	free(err);
	if (c->o.verbose && c->foreign_triple)
		fprintf(stderr, "uklink: note: %s: bitcode for %s, the pool's "
			"is %s: same architecture, linked together (ld.lld's "
			"warnings about the two triples dropped)\n",
			c->foreign_triple_file, c->foreign_triple, c->t.triple);
	*other_errors = o.other_errors;
	return st;
}

int run_link(struct uk_ctx *c)
{
	int nerr = c->dg.nerrors, other = 0;
	int st = run_ld(c, &other);
	if (st < 0) {
		uk_error(&c->dg, NULL, "cannot run %s: %s; install lld-%d or set "
			 "$UKLINK_LD", c->ldcmd.v[0], strerror(errno),
			 UK_LLVM_MAJOR);
		return -1;
	}
	/* undefined symbols uklink reported are the whole story */
	if (st != 0 && (other || c->dg.nerrors == nerr)) {
		uk_error(&c->dg, c->o.out, "%s failed (exit status %d); rerun with -v "
			 "to see its command line", c->ldcmd.v[0], st);
		return -1;
	}
	if (st != 0)
		return -1;
	/* what ld.lld proved dead */
	if (c->o.verbose)
		note_deferred(c, "dropped (no library defines it; the link "
			      "removed every section that refers to it)");
	return 0;
}

int finish_output(struct uk_ctx *c)
{
	/* post-processing the target asks for (fact image_symtab) */
	const char *symtab = target_fact(&c->t, "image_symtab");
	if (symtab && install_symtab(c, c->tmp_out, symtab) < 0)
		return -1;
	/* a flat boot image beside it (fact image_flat SUFFIX), renamed
	 * into place first: -o appears last, complete with it */
	const char *flat = target_fact(&c->t, "image_flat");
	if (flat) {
		char *tmp = xasprintf("%s%s", c->tmp_out, flat);
		char *dst = xasprintf("%s%s", c->o.out, flat);
		int st = write_flat(&c->dg, c->tmp_out, tmp);
		if (st == 0 && rename(tmp, dst) < 0) {
			uk_error(&c->dg, dst, "cannot write the flat image: %s",
				 strerror(errno));
			st = -1;
		}
		if (st < 0)
			unlink(tmp);
		free(tmp);
		free(dst);
		if (st < 0)
			return -1;
	}
	if (chmod(c->tmp_out, 0755) < 0 || rename(c->tmp_out, c->o.out) < 0) {
		uk_error(&c->dg, c->o.out, "cannot write the image: %s",
			 strerror(errno));
		return -1;
	}
	free(c->tmp_out);
	c->tmp_out = NULL;
	return 0;
}

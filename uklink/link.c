/* link.c: run ld.lld (the command ldcmd.c built), then finish the image:
 * its symbol table (symtab.c) and the atomic rename over -o. */
#include "proc.h"
#include "uk.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ld.lld says "Linking two modules of different target triples" once per
 * pool member when the app's bitcode has the host's triple: the same
 * architecture, already checked (check_bitcode_triple), so one note with
 * -v replaces them. Every other line goes through unchanged. */
static int run_ld_filtered(struct uk_ctx *c)
{
	char *out, *err;
	int st = run_capture2(c->ldcmd.v, &out, &err);
	fputs(out, stdout);
	int dropped = 0;
	for (char *line = err; *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		/* its empty continuation lines go with it */
		if (strstr(line, "Linking two modules of different target "
			   "triples"))
			dropped = 1;
		else if (*line || !dropped) {
			fprintf(stderr, "%s%s", line, nl ? "\n" : "");
			dropped = 0;
		}
		if (!nl)
			break;
		line = nl + 1;
	}
	free(out);
	free(err);
	if (c->o.verbose)
		fprintf(stderr, "uklink: note: %s: bitcode for %s, the pool's "
			"is %s: same architecture, linked together (ld.lld's "
			"warnings about the two triples dropped)\n",
			c->foreign_triple_file, c->foreign_triple, c->t.triple);
	return st;
}

int run_link(struct uk_ctx *c)
{
	int st = c->foreign_triple ? run_ld_filtered(c) : run_wait(c->ldcmd.v);
	if (st < 0) {
		uk_error(&c->dg, NULL, "cannot run %s: %s; install lld-%d or set "
			 "$UKLINK_LD", c->ldcmd.v[0], strerror(errno),
			 UK_LLVM_MAJOR);
		return -1;
	}
	if (st != 0) {
		uk_error(&c->dg, c->o.out, "%s failed (exit status %d); rerun with -v "
			 "to see its command line", c->ldcmd.v[0], st);
		return -1;
	}
	return 0;
}

int finish_output(struct uk_ctx *c)
{
	/* post-processing the target asks for (fact image_symtab) */
	const char *symtab = target_fact(&c->t, "image_symtab");
	if (symtab && install_symtab(c, c->tmp_out, symtab) < 0)
		return -1;
	if (chmod(c->tmp_out, 0755) < 0 || rename(c->tmp_out, c->o.out) < 0) {
		uk_error(&c->dg, c->o.out, "cannot write the image: %s",
			 strerror(errno));
		return -1;
	}
	free(c->tmp_out);
	c->tmp_out = NULL;
	return 0;
}

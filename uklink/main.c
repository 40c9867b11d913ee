/* uklink: link-time composition of unikernels.
 *
 * The driver is a straight list of passes over one context; each pass
 * reports every error it can, and the driver stops after the first pass
 * that reported any. Nothing is written before all options are parsed.
 */
#include "proc.h"
#include "run.h"
#include "sizediff.h"
#include "uk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int finish(struct uk_ctx *c, int status)
{
	remove_temps(c);
	if (c->dg.usage_error) {
		fputs("uklink: note: see 'uklink --help'\n", stderr);
		return 2;
	}
	return c->dg.nerrors ? (status ? status : 1) : status;
}

/* The end of a link: the report and --why answers (also after a failed
 * pass, with what is known), then the common exit. */
static int link_done(struct uk_ctx *c, int status, const char *failed)
{
	if (failed && !c->failed)
		c->failed = xstrndup(failed, strcspn(failed, "("));
	if (c->mode == UK_MODE_LINK && !c->o.dry_run &&
	    (c->o.report || c->o.whys.n)) {
		struct timespec t0, t1;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		report_pass(c, status == 0 ? c->o.out : NULL);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		if (c->o.verbose)
			fprintf(stderr, "uklink: report: %.1f ms\n",
				(double)(t1.tv_sec - t0.tv_sec) * 1e3 +
				(double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
	}
	free(c->failed);
	prov_free(&c->rep);
	return finish(c, status);
}

#define PASS(call)                                  \
	do {                                        \
		if ((call) < 0 || c->dg.nerrors)       \
			return link_done(c, 1, #call); \
	} while (0)

static int link_main(struct uk_ctx *c)
{
	PASS(find_pool(&c->dg, &c->pool, c->o.pool, c->o.arch, c->o.plat));
					/* pool root and target dir exist */
	PASS(read_index(c));            /* target, libraries, members, symbols */
	if (c->mode == UK_MODE_CFLAGS)  /* --libc's headers first */
		return finish(c, print_cflags(c) < 0 ? 1 : 0);
	PASS(read_template(c));         /* ENTRY root, extra ld flags */
	PASS(embed_dirs(c));            /* --embed: the archive, an input */
	PASS(load_inputs(c));           /* app objects, bitcode, archives */
	PASS(resolve(c));               /* members to link, and why */
	PASS(check_defines(c));         /* -D against the linked options */
	PASS(decide_fp_options(c));     /* `fp` defaults: app floating point? */
	if (c->mode == UK_MODE_OPTIONS) {
		print_options(c);
		return finish(c, 0);
	}
	PASS(make_tmpdir(c));           /* private temp dir */
	PASS(write_options_module(c));  /* -D values as strong IR defs */
	PASS(write_script(c));          /* template + fragments */
	temp_output(c);                 /* next to -o: an atomic rename */
	build_ldcmd(c);                 /* the ld.lld command, as data */
	PASS(c->dg.nerrors ? -1 : 0);
	if (c->o.verbose) {
		report_verbose(c);
		report_libc(c);
		print_cmd(stderr, "uklink: ld: ", c->ldcmd.v);
	}
	if (c->o.dry_run) {
		/* no library defines them: ld.lld would decide */
		note_deferred(c, "left to ld.lld (no library defines it; an "
			      "error only if a section the link keeps refers "
			      "to it)");
		print_cmd(stdout, "", c->ldcmd.v);
		return finish(c, 0);
	}
	PASS(run_link(c));              /* ld.lld-19 with LTO */
	PASS(finish_output(c));         /* symbol table, atomic rename */
	return link_done(c, 0, NULL);   /* --report, --why */
}

int main(int argc, char **argv)
{
	struct uk_cmdline cl = { 0 };
	struct uk_ctx ctx = { 0 }, *c = &ctx;
	int bad = parse_options(&cl, argc, argv) < 0; /* everything, first */
	c->mode = cl.mode;
	c->o = cl.link;
	c->dg = cl.dg;
	if (bad)
		return finish(c, 2);
	switch (cl.mode) {
	case UK_MODE_HELP:
		print_help();
		return 0;
	case UK_MODE_VERSION:
		printf("uklink %s (LLVM %d, pool format %s)\n", UKLINK_VERSION,
		       UK_LLVM_MAJOR, UK_POOL_VERSION);
		return 0;
	case UK_MODE_SIZEDIFF:
		return size_diff(&cl.sd);
	case UK_MODE_RUN:
		if (cl.run.help) {
			print_help();
			return 0;
		}
		return run_command(&cl.run);     /* the guest's status */
	default:
		return link_main(c);
	}
}

/* ldcmd.c: the ld.lld command line, built once as data so that -v and
 * --dry-run print exactly what runs.
 *
 * Order: uklink's own flags, the target's (facts ld_emulation and
 * ld_flags, then the template's uklink-ldflags: lines), app inputs (as
 * given), forced members of linked libraries (library-name order), the
 * options module, then the selected archives in
 * a group, --lib libraries first, then by rank and name: ld.lld takes a
 * symbol exported by several passed archives from the first one, which
 * then matches uklink's rule.
 */
#include "uk.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The whole-program pipelines uklink gives ld.lld (--lto-newpm-passes).
 * The pool's bitcode, and an application's LTO object, went through
 * LLVM's full-LTO pre-link pipeline when compiled: per module, that ran
 * the loop passes, unrolling and both vectorizers already. After lld's
 * internalization, what the whole program adds is constant propagation
 * into internal globals (ipsccp, globalopt: link-time options become
 * constants), dead argument and global removal, cross-module inlining,
 * and the cleanup of what inlining and folding exposed.
 *
 * -O2: LLVM's full-LTO O2 pipeline (ld.lld --lto-O2) without what the
 * pre-link pipeline already did or what C in a unikernel never needs:
 * loop-vectorize, slp-vectorizer, vector-combine, loop-distribute,
 * loop-unroll(-full), constraint-elimination, aggressive-instcombine,
 * mldst-motion, loop-sink, move-auto-init, the last two instcombine
 * rounds, rpo-function-attrs, div-rem-pairs, argpromotion, and the
 * CFI/devirtualization/OpenMP/PGO passes. Kept although they cost
 * time: licm, indvars, loop-deletion, callsite-splitting, the second
 * jump-threading: without each some library grows past the size-check
 * tolerance (measured 2026-12-05, docs/performance.md "Relink time").
 * -O3 runs LLVM's own full-LTO O3 pipeline.
 * --lean-lto (-O2/-O3): inline first, then one cleanup round, no loop
 * passes; faster still, but some images grow by up to 64 bytes.
 * instcombine needs no-verify-fixpoint: the textual default aborts the
 * link when a fixpoint takes two rounds. */
#define IC "instcombine<max-iterations=1;no-use-loop-info;no-verify-fixpoint>"
#define SIMPLIFYCFG "simplifycfg<bonus-inst-threshold=1;forward-switch-cond;" \
	"switch-range-to-icmp;switch-to-lookup;no-keep-loops;" \
	"hoist-common-insts;sink-common-insts;speculate-blocks;" \
	"simplify-cond-branch;no-speculate-unpredictables>"
static const char o2_pipeline[] =
	/* whole-program facts, constants into globals, dead arguments */
	"globaldce<vfe-linkage-unit-visibility>,inferattrs,"
	"function<eager-inv>(callsite-splitting),ipsccp,"
	"called-value-propagation,cgscc(function-attrs),globalopt,"
	"function(mem2reg),constmerge,deadargelim,function<eager-inv>(" IC "),"
	/* cross-module inlining, then what it exposed */
	"cgscc(inline<only-mandatory>,inline),globalopt,"
	"globaldce<vfe-linkage-unit-visibility>,"
	"function<eager-inv>(" IC ",jump-threading,sroa<modify-cfg>,"
	"tailcallelim),cgscc(function-attrs),require<globals-aa>,"
	"function(invalidate<aa>),"
	"function<eager-inv>(loop-mssa(licm<allowspeculation>),gvn<>,"
	"memcpyopt,dse,loop(indvars,loop-deletion),infer-alignment,"
	"sroa<preserve-cfg>," IC "," SIMPLIFYCFG ",sccp,bdce,"
	"infer-alignment,loop-mssa(licm<allowspeculation>),"
	"alignment-from-assumptions,jump-threading),"
	"function(simplifycfg<bonus-inst-threshold=1;no-forward-switch-cond;"
	"switch-range-to-icmp;no-switch-to-lookup;keep-loops;"
	"hoist-common-insts;no-sink-common-insts;speculate-blocks;"
	"simplify-cond-branch;speculate-unpredictables>),"
	"elim-avail-extern,globaldce<vfe-linkage-unit-visibility>";
static const char lean_pipeline[] =
	"ipsccp,called-value-propagation,cgscc(function-attrs),"
	"rpo-function-attrs,globalopt,function(mem2reg),constmerge,"
	"deadargelim,function<eager-inv>(" IC ",aggressive-instcombine),"
	"cgscc(inline<only-mandatory>,inline),globalopt,globaldce,"
	"function<eager-inv>(" IC ",jump-threading,sroa<modify-cfg>,"
	"tailcallelim,gvn<>,memcpyopt,dse,sccp," IC "," SIMPLIFYCFG "),"
	"globaldce,constmerge";
#undef SIMPLIFYCFG
#undef IC

/* The pipeline text for ld.lld, or NULL for LLVM's own at this level. */
static const char *lto_pipeline(const struct uk_opts *o)
{
	if (o->optlevel < 2)
		return NULL;
	if (o->lean_lto)
		return lean_pipeline;
	return o->optlevel == 2 ? o2_pipeline : NULL;
}

static int archive_cmp(const struct uk_ctx *c, int a, int b)
{
	if (c->libs[a].pinned != c->libs[b].pinned)
		return c->libs[b].pinned - c->libs[a].pinned;
	if (c->libs[a].rank != c->libs[b].rank)
		return c->libs[a].rank - c->libs[b].rank;
	return strcmp(c->libs[a].name, c->libs[b].name);
}

void build_ldcmd(struct uk_ctx *c)
{
	struct uk_strv *a = &c->ldcmd;
	const char *ld = getenv("UKLINK_LD");
	strv_push(a, ld && *ld ? ld : "ld.lld-19");
	/* a unikernel links nothing of the host's, and whole-program
	 * dead-code removal is the point */
	strv_push(a, "-nostdlib");
	strv_push(a, "-static");
	strv_push(a, "--gc-sections");
	/* the target's: ld emulation (arch), the flags its templates need */
	const char *emu = target_fact(&c->t, "ld_emulation");
	if (emu) {
		strv_push(a, "-m");
		strv_push(a, emu);
	}
	target_words(&c->t, "ld_flags", a);
	/* The whole-program optimization and its code generation level. */
	strv_pushf(a, "--lto-O%d", c->o.optlevel);
	strv_pushf(a, "--lto-CGO%d", c->o.optlevel);
	const char *pipeline = lto_pipeline(&c->o);
	if (pipeline)
		strv_pushf(a, "--lto-newpm-passes=%s", pipeline);
	for (int i = 0; i < c->ldflags_extra.n; i++)
		strv_push(a, c->ldflags_extra.v[i]);
	strv_push(a, "-T");
	strv_push(a, c->script_path);
	strv_push(a, "-o");
	strv_push(a, c->tmp_out ? c->tmp_out : c->o.out);
	for (int i = 0; i < c->ninputs; i++)
		strv_push(a, c->inputs[i].path);
	for (int l = 0; l < c->nlibs; l++)
		for (int m = c->libs[l].first_member; m < c->libs[l].last_member; m++)
			if (c->members[m].selected && c->members[m].kind == UK_M_FORCED)
				strv_push(a, c->members[m].path);
	for (int i = 0; i < c->optmods.n; i++)
		strv_push(a, c->optmods.v[i]);
	int *order = xmalloc(sizeof(int) * (size_t)(c->nlibs + 1)), n = 0;
	for (int l = 0; l < c->nlibs; l++) {
		if (!c->libs[l].selected)
			continue;
		int k = n++;
		while (k > 0 && archive_cmp(c, order[k - 1], l) > 0) {
			order[k] = order[k - 1];
			k--;
		}
		order[k] = l;
	}
	strv_push(a, "--start-group");
	for (int i = 0; i < n; i++)
		strv_pushf(a, "%s/%s", c->pool.target_dir, c->libs[order[i]].archive);
	strv_push(a, "--end-group");
	free(order);
}

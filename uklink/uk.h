/* uk.h: the link's context and the passes of the driver (main.c).
 *
 * Everything a link knows lives in one struct uk_ctx; there is no global
 * state, so every pass can be run (and tested) on its own context. Leaf
 * modules that need no context have their own headers (util.h, diag.h,
 * json.h, bcread.h, elfimage.h, proc.h, ar.h, fpdecode.h); `uklink run`
 * has run.h, `uklink size-diff` sizediff.h. docs/architecture.md, "uklink's
 * source files", lists every file in pipeline order.
 */
#ifndef UKLINK_UK_H
#define UKLINK_UK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "elfimage.h"
#include "util.h"

#define UKLINK_VERSION "0.1.0"
#define UK_LLVM_MAJOR 19
#define UK_POOL_VERSION "0.1"

/* ---- the command line (cmdline.c) ------------------------------------ */

enum uk_mode {
	UK_MODE_LINK,
	UK_MODE_RUN,
	UK_MODE_HELP,
	UK_MODE_VERSION,
	UK_MODE_CFLAGS,
	UK_MODE_OPTIONS,
	UK_MODE_SIZEDIFF,
};

enum uk_rfmt { UK_RF_TEXT, UK_RF_TSV, UK_RF_JSON };

/* Options every command that reads the pool shares. */
struct uk_common {
	const char *plat, *arch, *pool;
	int verbose, dry_run;
};

/* uklink [OPTIONS] --plat PLAT INPUT... (and --cflags, --options) */
struct uk_opts {
	const char *plat, *arch, *pool, *out, *keep_temps;
	int verbose, dry_run;
	int optlevel;      /* LTO: -O0..-O3 (default 2) */
	int lean_lto;      /* --lean-lto: ldcmd.c's shorter pipeline at -O2/-O3 */
	struct uk_strv defines, libs, inputs;
	struct uk_strv embeds;  /* --embed DIR (embed.c) */
	const char *libc;   /* --libc NAME: a library of group libc, pinned */
	/* --report[=FILE] ("-" or NULL path: stdout), --why SYMBOL */
	int report, report_format_set;
	const char *report_path;
	enum uk_rfmt report_format;
	struct uk_strv whys;
};

/* uklink run [RUN-OPTIONS] --plat PLAT IMAGE [ARGS...] */
struct uk_runopts {
	const char *plat, *arch, *pool;
	int verbose, dry_run, help;
	const char *accel, *image;
	const char *initrd; /* --initrd FILE: {initrd} of the run_* facts */
	/* --net tap:NAME | user[,OPTS]: the kind ("tap", "user"; NULL: no
	 * NIC) and its argument, {tap} or {netopts} (",OPTS" or "") */
	const char *net_kind, *net_arg;
	long memory_mb, timeout;
	struct uk_strv guest_args;
};

/* uklink size-diff [--check[=PCT,BYTES]] OLD NEW */
struct uk_sdopts {
	int check;
	double tol_pct;
	long tol_bytes;
	struct uk_strv inputs;
};

struct uk_cmdline {
	enum uk_mode mode;
	struct uk_diag dg;
	struct uk_opts link;
	struct uk_runopts run;
	struct uk_sdopts sd;
};

int parse_options(struct uk_cmdline *cl, int argc, char **argv);
void print_help(void);

/* ---- the pool and the target (pool.c, target.c) ---------------------- */

/* Where the pool is, and the target directory of ARCH-PLAT in it. */
struct uk_poolloc {
	char *root;
	const char *from; /* how it was found */
	char *target_dir, *index_path;
};

/* pool.c: find the pool root and the target directory. */
int find_pool(struct uk_diag *dg, struct uk_poolloc *p, const char *pool,
	      const char *arch, const char *plat);
void poolloc_free(struct uk_poolloc *p);

/* A target fact: `fact KEY VALUE` (docs/architecture.md, "Target facts"). */
struct uk_fact {
	char *key, *val;
};

/* The target's records of index.tsv (docs/pool.md): everything uklink
 * knows about the architecture and the platform comes from here. */
struct uk_target {
	int llvm_major;
	char *arch, *plat, *triple, *datalayout, *template_rel;
	struct uk_strv mandatory;
	struct uk_fact *facts;   /* in index order */
	int nfacts, capfacts;
};

/* ---- the pool index (index.c) ---------------------------------------- */

enum {
	UK_REF_DEF = 1,      /* a definition (else an undefined reference) */
	UK_REF_WEAK = 2,     /* weak binding */
	UK_REF_PRIVATE = 4,  /* def … private */
	UK_REF_FUNC = 8,
	UK_REF_COMMON = 16,
};

/* A symbol reference of one member: a definition or a use. */
struct uk_ref {
	int member, sym;
	unsigned flags;
	int next_mem;   /* next ref of the same member */
	int next_def;   /* next definition of the same symbol */
};

/* Why a library or member is linked (formatted by the writers only:
 * verbose.c, report.c, provenance.c). */
enum uk_why_kind {
	UK_WHY_NONE,      /* not linked (yet) */
	UK_WHY_NEEDED,    /* symbol `sym` needed by member `from` */
	UK_WHY_INPUT,     /* given on the command line (or the template) */
	UK_WHY_PLATFORM,  /* the target's platform library */
	UK_WHY_MANDATORY, /* in the platform's `mandatory` list */
	UK_WHY_LIB,       /* --lib NAME */
	UK_WHY_LIBC,      /* --libc NAME */
	UK_WHY_FORCED,    /* a forced member of a linked library */
	UK_WHY_DEFINE,    /* the -D options module */
};

struct uk_why {
	enum uk_why_kind kind;
	int sym, from;     /* UK_WHY_NEEDED: symbol and referencing member */
};

struct uk_lib {
	char *name, *version, *archive, *group;
	int rank;
	struct uk_strv ldfrags, ldsyms;
	int first_member, last_member; /* member index range [first, last) */
	int pinned;                    /* named by --lib or --libc */
	int selected;
	/* its first selected member's reason, or a root reason */
	struct uk_why why;
};

enum uk_mkind {
	UK_M_APPOBJ,    /* an app object given on the command line */
	UK_M_APPMEMBER, /* a member of an app archive */
	UK_M_ARCHIVE,   /* a member of a pool library archive */
	UK_M_FORCED,    /* a forced (section-only) pool member */
	UK_M_OPTIONS,   /* the generated -D options module */
	UK_M_SCRIPT,    /* the linker script (its ENTRY symbol is a root) */
};

struct uk_member {
	char *name;    /* member name, or the input path for app objects */
	char *display; /* how diagnostics name it: main.o, libx.a(m.o) */
	char *path;    /* file to pass to ld.lld (app objects, forced) */
	int lib;       /* pool library, or -1 for the application */
	int input;     /* app input index, or -1 */
	enum uk_mkind kind;
	int bitcode;   /* app member whose symbols come from llvm-nm */
	const char *data; /* app archive member: its bytes in the input */
	size_t size;
	int first_ref;
	int selected;
	int tls;       /* has thread-local data (SHF_TLS, STT_TLS, bitcode) */
	/* a root, or an edge of the reference graph (UK_WHY_NEEDED) */
	struct uk_why why;
};

enum uk_prov {
	UK_PROV_NONE,
	UK_PROV_DEF,    /* provider = a definition ref */
	UK_PROV_LDSYM,  /* defined by a linked library's script fragment */
	UK_PROV_LINKER, /* defined by ld.lld itself */
};

struct uk_sym {
	char *name;
	int first_def;       /* chain of definitions (uk_ref.next_def) */
	enum uk_prov prov;
	int prov_ref;        /* UK_PROV_DEF: the providing definition */
	int prov_lib;        /* UK_PROV_LDSYM: the library */
	int first_edge;      /* references from selected members */
	int reported;
	int dup_reported;    /* kept over re-resolutions: report once */
};

/* An edge of the reference graph: member `from` uses `sym`. */
struct uk_edge {
	int from, sym;
	int weak;
	int next; /* next edge of the same symbol */
};

struct uk_optdef {
	char *name, *type, *def, *help;
	int lib;       /* -1: declared by the application */
	int member;    /* app member declaring it (lib == -1) */
	char *value;   /* normalized -D value, or NULL */
};

/* The rule that chose among several libraries exporting one symbol. */
enum uk_rule {
	UK_RULE_LIB,    /* named by --lib (or --libc) */
	UK_RULE_LINKED, /* already linked */
	UK_RULE_GROUP,  /* the only one its group allows */
	UK_RULE_RANK,   /* lowest rank (`second` has the next) */
	UK_RULE_NAME,   /* equal rank: first by name */
};

/* A candidate a group excluded: `holder` holds the group. */
struct uk_exclusion {
	int lib, holder;
};

/* A choice between several libraries exporting one symbol (resolve.c). */
struct uk_decision {
	int sym, chosen, from;
	enum uk_rule rule;
	int second;        /* the runner-up (rank/name), or -1 */
	int *cands, ncands; /* every library exporting sym, in index order */
	struct uk_exclusion *excl;
	int nexcl;
};

/* A library of a group chosen by re-resolution (resolve.c). */
struct uk_gpin {
	const char *group;
	int lib;
};

/* A symbol needed from a group (groups.c), first by member `from`. */
struct uk_gneed {
	const char *group;
	int sym, from;
};

/* A library of a group that could not serve the program: it lacks `sym`
 * (needed by `from`), which another library of the group exports. */
struct uk_gtrial {
	const char *group;
	int lib, sym, from;
};

/* A group no library of which can serve the program (reported once). */
struct uk_gfail {
	const char *group;
	int holder, from;
};

/* ---- inputs (input.c) ------------------------------------------------- */

enum uk_ftype { UK_F_ELF, UK_F_BITCODE, UK_F_ARCHIVE, UK_F_OTHER };

struct uk_input {
	char *path;
	enum uk_ftype type;
	char *data;
	size_t len;
	int first_member, last_member;
};

/* ---- the report (provenance.c, imgbytes.c, report.c) ----------------- */

/* Report rows after the libraries: rows 0..nlibs-1 are libraries. */
enum { UK_ROW_APP, UK_ROW_LINKER, UK_ROW_SYMTAB, UK_ROW_PADDING,
       UK_ROW_UNATTR, UK_NPSEUDO };

/* A name (symbol, string or section) some member defines. */
struct uk_lname {
	int member, next;
};

struct uk_report {
	int have_image;
	struct uk_image img;
	int nrows;
	uint64_t *bytes;  /* [row * img.nsecs + sec] */
	/* shortest chain: per member, the member and symbol it was reached
	 * from (-1: a root) and its distance from a root (-1: unreached) */
	int *via_member, *via_sym, *dist;
	/* names defined by the linked members, locals included */
	struct uk_map names, strings, sections;
	struct uk_map secsizes; /* "member\tsection" -> size (native members) */
	/* sized symbols by address (imgbytes.c) */
	int *byaddr, nbyaddr;
	struct uk_lname *lnames;
	int nlnames, caplnames;
};

/* ---- the context of a link ------------------------------------------- */

struct uk_ctx {
	enum uk_mode mode; /* link, --cflags or --options */
	struct uk_opts o;
	struct uk_diag dg;
	struct uk_poolloc pool;
	struct uk_target t;

	/* first app bitcode input whose triple is the pool's architecture
	 * with another OS/ABI (plain `clang -flto`): linked as the pool's,
	 * and ld.lld's per-module warnings about it are dropped */
	char *foreign_triple, *foreign_triple_file;

	struct uk_lib *libs;
	int nlibs, caplibs;
	struct uk_member *members;
	int nmembers, capmembers;
	struct uk_ref *refs;
	int nrefs, caprefs;
	struct uk_sym *syms;
	int nsyms, capsyms;
	struct uk_edge *edges;
	int nedges, capedges;
	struct uk_optdef *optdefs;
	int noptdefs, capoptdefs;
	struct uk_map libmap, symmap, membermap;

	struct uk_input *inputs;
	int ninputs;

	/* group conflict handling (resolve.c) */
	struct uk_gpin *gpins;   /* chosen by re-resolution, newest last */
	int ngpins, capgpins;
	struct uk_gneed *gneeds; /* accumulated over re-resolutions */
	int ngneeds, capgneeds;
	struct uk_gtrial *gtrials; /* libraries tried, in order */
	int ngtrials, capgtrials;
	struct uk_gfail *gfails; /* of the last resolution run */
	int ngfails, capgfails;
	/* symbols nothing defines, referenced strongly: ld.lld decides
	 * whether a section it keeps refers to them (link.c) */
	int *deferred, ndeferred, capdeferred;
	struct uk_decision *decisions; /* duplicate-provider choices */
	int ndecisions, capdecisions;

	/* outputs of the passes */
	char *tmpdir;
	int tmpdir_made;
	char *script_path, *tmp_out;
	struct uk_strv optmods; /* option modules for ld.lld (linkopts.c) */
	struct uk_strv ldcmd;
	struct uk_strv ldflags_extra; /* from the template's uklink-ldflags: */
	char *template_text;
	int has_tls;   /* an app member has TLS: the template's TLS lines */
	char *failed;  /* the pass that failed, for the report */
	struct uk_report rep;
};

/* ---- passes, in pipeline order --------------------------------------- */

/* target.c: the target records of the index */
/* 1: f is a target record, taken; 0: not one; -1: too few fields (*need). */
int target_record(struct uk_target *t, char **f, int nf, int *need);
int target_check(struct uk_diag *dg, const char *index_path,
		 const struct uk_target *t);
/* Only the target's records (`uklink run`). */
int read_target(struct uk_diag *dg, const char *index_path,
		struct uk_target *t);
void target_free(struct uk_target *t);
/* The value of single-valued fact `key` (its last record), or NULL. */
const char *target_fact(const struct uk_target *t, const char *key);
/* The words of every `key` fact, in order, appended to out; returns how
 * many facts there were. */
int target_words(const struct uk_target *t, const char *key,
		 struct uk_strv *out);
/* Split a line into TAB-separated fields (in place); returns the count. */
int split_tabs(char *line, char **f, int max);

/* index.c: libraries, members, symbols */
int read_index(struct uk_ctx *c);
int sym_intern(struct uk_ctx *c, const char *name);
int add_member(struct uk_ctx *c, int lib, const char *name,
	       const char *display, const char *path, enum uk_mkind kind);
void add_ref(struct uk_ctx *c, int member, const char *sym, unsigned flags);
/* Look for `sym` exported in other targets of the pool root (for notes). */
int note_other_targets(struct uk_ctx *c, const char *sym);

/* libc.c: the C library (group libc): --libc, --cflags, -v */
/* --libc NAME: its library index, or -1 after an error. */
int check_libc(struct uk_ctx *c);
/* --cflags: the include flags, with --libc's own headers first. */
int print_cflags(struct uk_ctx *c);
/* -v: the C library linked and why (`uklink: libc NAME (reason: ...)`). */
void report_libc(const struct uk_ctx *c);

/* input.c, input_elf.c, input_archive.c, input_bitcode.c: the app */
int load_inputs(struct uk_ctx *c);
int elf_read_symbols(struct uk_ctx *c, int member, const char *file,
		     const unsigned char *d, size_t len);
int bitcode_read_symbols(struct uk_ctx *c);
int archive_members(struct uk_ctx *c, int input);
void check_bitcode_triple(struct uk_ctx *c, const char *file,
			  const char *d, size_t len);

/* resolve.c: the members to link, and why */
int resolve(struct uk_ctx *c);
const char *member_display(const struct uk_ctx *c, int m);
/* The notes after "undefined symbol: SYM": where else it exists. */
void note_undefined(struct uk_ctx *c, int sym);
/* One stderr line per deferred symbol: "uklink: WHAT: SYM (referenced by
 * OBJ, ...)". */
void note_deferred(struct uk_ctx *c, const char *what);
/* Rank order: lower rank, then name. */
int lib_cmp(const struct uk_ctx *c, int a, int b);
/* Whether library l exports symbol s (a definition or an ldsym). */
int lib_exports(const struct uk_ctx *c, int l, int s);

/* groups.c: at most one library per group, the lowest-ranked that serves */
/* The library holding group g (selected, pinned or chosen), or -1. */
int group_choice(const struct uk_ctx *c, const char *g);
/* The library re-resolution chose for group g, or -1. */
int pinned_group(const struct uk_ctx *c, const char *g);
/* Edge e needs a symbol that only libraries of a group another library
 * holds export (cand[0..n): every exporter). Returns 1 to restart with
 * the next library of the group pinned, 0 if none is left (the failure
 * is recorded for report_group_failures). */
int group_conflict(struct uk_ctx *c, const struct uk_edge *e,
		   const int *cand, int n);
/* One error per group no library of which serves the program. */
void report_group_failures(struct uk_ctx *c);


/* linkopts.c: link-time options (-D, app markers, --options) */
void optdecl_from_symbol(struct uk_ctx *c, int member, const char *name);
int check_defines(struct uk_ctx *c);
int write_options_module(struct uk_ctx *c);
void print_options(struct uk_ctx *c);
/* fpuse.c: values of the linked bool options whose default is `fp`. */
int decide_fp_options(struct uk_ctx *c);

/* embed.c: --embed DIR...: one cpio archive as an IR module input */
int embed_dirs(struct uk_ctx *c);

/* temps.c: the private temporary directory and the temporary output */
int make_tmpdir(struct uk_ctx *c);
/* linkcache.c: ld.lld's command (c->ldcmd), or its result from
 * $UKLINK_CACHE; the arguments and result of run_capture2. */
int linkcache_run(struct uk_ctx *c, char **out, char **err);
/* A temporary output next to -o, so that the final rename is atomic. */
void temp_output(struct uk_ctx *c);
void remove_temps(struct uk_ctx *c);

/* script.c: the template and the generated linker script */
int read_template(struct uk_ctx *c);
int tls_roots(struct uk_ctx *c);
int write_script(struct uk_ctx *c);

/* ldcmd.c: the ld.lld command, as data */
void build_ldcmd(struct uk_ctx *c);

/* link.c: ld.lld, then the symbol table and the atomic rename */
int run_link(struct uk_ctx *c);
int finish_output(struct uk_ctx *c);
/* symtab.c: the image's compact symbol table (.uk_symtab) */
int install_symtab(struct uk_ctx *c, const char *path, const char *secname);
/* flat.c: writes the loaded bytes of the ELF image elf to path as one
 * flat binary (fact image_flat). 0 or -1 (reported). */
int write_flat(struct uk_diag *dg, const char *elf, const char *path);

/* verbose.c: the -v lines */
void report_verbose(struct uk_ctx *c);
/* How a reason reads in -v lines and reports ("needed", "--lib", ...). */
const char *why_word(enum uk_why_kind k);
/* The text of a decision's rule ("rank 10 < 20"; owned). */
char *rule_text(const struct uk_ctx *c, const struct uk_decision *d);

/* report.c: the report pass: --report as text, TSV or JSON, --why */
void report_pass(struct uk_ctx *c, const char *image);
/* why.c: --why SYMBOL answers */
void explain_symbol(const struct uk_ctx *c, const char *name);

/* provenance.c: chains, attribution of the image's symbols and bytes */
void prov_chains(struct uk_ctx *c);
int prov_image(struct uk_ctx *c, const char *path);
char *prov_name(const struct uk_ctx *c, int m);
void prov_chain(const struct uk_ctx *c, const char *sym, int m,
		struct uk_strv *out);
void prov_free(struct uk_report *r);
int prov_row(const struct uk_ctx *c, int m, const char *sym);
/* imgbytes.c: every byte of every allocated section to one row */
void image_bytes(struct uk_ctx *c, const int *sorted);

#endif

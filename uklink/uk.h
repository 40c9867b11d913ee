/* uklink: shared types and the passes of the driver (see main.c).
 *
 * Everything lives in one struct uk_ctx; there is no global state, so
 * every pass can be run (and tested) on its own context.
 */
#ifndef UKLINK_UK_H
#define UKLINK_UK_H

#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

#define UKLINK_VERSION "0.1.0"
#define UK_LLVM_MAJOR 19
#define UK_POOL_VERSION "0.1"

/* ---- small containers (util.c) ------------------------------------ */

/* A growable array of owned strings (argv-like, NULL-terminated). */
struct uk_strv {
	char **v;
	int n, cap;
};

/* String -> int hash map; keys are copied. */
struct uk_map {
	char **keys;
	int *vals;
	size_t cap, n;
};

/* A growable byte buffer. */
struct uk_buf {
	char *p;
	size_t n, cap;
};

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t sz);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* Grow *v (of *cap elements of size sz) so that index n is valid. */
void grow(void *vp, int *cap, int n, size_t sz);
#define VPUSH(arr, n, cap) (grow(&(arr), &(cap), (n), sizeof(*(arr))), &(arr)[(n)++])

void strv_push(struct uk_strv *s, const char *str);
void strv_pushf(struct uk_strv *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strv_free(struct uk_strv *s);

int map_get(const struct uk_map *m, const char *key); /* -1 if absent */
void map_put(struct uk_map *m, const char *key, int val);
void map_free(struct uk_map *m);

void buf_add(struct uk_buf *b, const void *p, size_t n);
void buf_adds(struct uk_buf *b, const char *s);
void buf_printf(struct uk_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Read a whole file; returns 0 or -errno. */
int read_whole(const char *path, char **data, size_t *len);
int is_dir(const char *path);
int is_file(const char *path);
/* Levenshtein distance, for "did you mean" hints. */
int edit_distance(const char *a, const char *b);
/* Quote an argument for a POSIX shell if needed (result is owned). */
char *shell_quote(const char *s);

/* ---- the pool index (index.c) -------------------------------------- */

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

struct uk_lib {
	char *name, *version, *archive, *group;
	int rank;
	struct uk_strv ldfrags, ldsyms;
	int first_member, last_member; /* member index range [first, last) */
	int mandatory, pinned;         /* pinned: named by --lib */
	int selected;
	/* why the library is linked: its first selected member's reason,
	 * or a root reason (mandatory, --lib) */
	const char *why_root;
	int why_sym, why_from;
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
	/* why it is linked: a root (why_root != NULL) or symbol why_sym
	 * needed by member why_from (an edge of the reference graph) */
	const char *why_root;
	int why_sym, why_from;
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

/* A choice between several libraries exporting one symbol (resolve.c). */
struct uk_decision {
	int sym, chosen, from;
	char *rule;       /* "--lib", "already linked", "rank 10 < 20", ... */
	char *candidates; /* every library exporting sym, space-separated */
	char *excluded;   /* candidates a group excluded ("" if none) */
};

/* ---- inputs -------------------------------------------------------- */

enum uk_ftype { UK_F_ELF, UK_F_BITCODE, UK_F_ARCHIVE, UK_F_OTHER };

struct uk_input {
	char *path;
	enum uk_ftype type;
	char *data;
	size_t len;
	int first_member, last_member;
};

/* ---- options (options.c) ------------------------------------------- */

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

struct uk_opts {
	enum uk_mode mode;
	int run_help;
	const char *plat, *arch, *pool, *out, *keep_temps;
	int verbose, dry_run;
	int optlevel;      /* LTO: -O0..-O3 (default 2) */
	struct uk_strv defines, libs, inputs;
	const char *libc;   /* --libc NAME: a library of group libc, pinned */
	/* --report[=FILE] ("-" or NULL path: stdout), --why SYMBOL */
	int report;
	const char *report_path;
	enum uk_rfmt report_format;
	struct uk_strv whys;
	/* uklink size-diff [--check[=PCT,BYTES]] OLD NEW */
	int check;
	double tol_pct;
	long tol_bytes;
	/* uklink run */
	const char *accel, *image;
	long memory_mb, timeout;
	struct uk_strv guest_args;
};

/* ---- the final image and where its bytes come from (--report) ------ */

/* An allocated section of the image. */
struct uk_isec {
	char *name;
	uint64_t addr, size, off, flags;
	uint32_t type; /* SHT_PROGBITS, SHT_NOBITS, ... */
};

/* A symbol of the image (no FILE/SECTION/undefined ones). */
struct uk_isym {
	char *name;
	uint64_t addr, size;
	int sec;          /* index in uk_image.secs, or -1 (absolute) */
	int bind, type;   /* STB_*, STT_* */
	int member;       /* defining member, or -1 */
	int row;          /* report row: library, or UK_ROW_* */
	const char *how;  /* how it was attributed (docs/reports.md) */
	uint64_t bytes;   /* image bytes counted for it */
};

struct uk_image {
	char *data;
	size_t len;
	struct uk_isec *secs;
	int nsecs, capsecs;
	struct uk_isym *syms;
	int nsyms, capsyms;
};

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

/* ---- the context ----------------------------------------------------- */

struct uk_ctx {
	struct uk_opts o;
	int nerrors;
	int usage_error;
	int report_format_set;

	/* pool */
	char *pool_root;
	const char *pool_from; /* how it was found */
	char *target_dir, *index_path;
	int llvm_major;
	char *triple, *datalayout, *template_rel;
	/* first app bitcode input whose triple is the pool's architecture
	 * with another OS/ABI (plain `clang -flto`): linked as the pool's,
	 * and ld.lld's per-module warnings about it are dropped */
	char *foreign_triple, *foreign_triple_file;
	struct uk_strv mandatory;

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
	struct uk_strv group_pins; /* "group=lib" chosen by re-resolution */
	struct uk_strv group_needs; /* "group=sym" accumulated */
	struct uk_decision *decisions; /* duplicate-provider choices */
	int ndecisions, capdecisions;

	/* outputs of the passes */
	char *tmpdir;
	int tmpdir_made;
	char *script_path, *tmp_out;
	struct uk_strv optmods; /* option modules for ld.lld (optvals.c) */
	struct uk_strv ldcmd;
	struct uk_strv ldflags_extra; /* from the template's uklink-ldflags: */
	char *template_text;
	int has_tls;   /* an app member has TLS: the template's TLS lines */
	int exit_status; /* uklink run */
	char *failed; /* the pass that failed, for the report */
	struct uk_report rep;
};

/* ---- diagnostics (diag.c) ---------------------------------------------- */

void uk_error(struct uk_ctx *c, const char *file, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void uk_warn(const char *file, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void uk_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void uk_usage(struct uk_ctx *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* kinds of names reported by bc_names()/elf_names() */
enum { UK_BCN_GLOBAL, UK_BCN_LOCAL, UK_BCN_STRING, UK_BCN_SECTION };
/* size: an allocated section's size (UK_BCN_SECTION), else 0 */
typedef void uk_name_fn(void *arg, const char *name, int kind, uint64_t size);

/* elfsyms.c: the image's sections and symbols; a native member's names */
int image_read(struct uk_image *im, const char *path);
void image_free(struct uk_image *im);
int elf_names(const unsigned char *d, size_t len,
	      uk_name_fn *cb, void *arg);

/* bcsyms.c: names a bitcode module defines and its C strings */
int bc_names(const unsigned char *d, size_t len,
	     uk_name_fn *cb, void *arg);
/* The module's target triple (malloc'd), or NULL if none/not bitcode. */
char *bc_triple(const unsigned char *d, size_t len);
/* Whether the module's type table has a floating-point type (or the
 * module cannot be read). */
int bc_uses_fp(const unsigned char *d, size_t len);

/* x86fp.c: whether a native object's code may use floating point */
int elf_uses_fp(const unsigned char *d, size_t len);
/* 1 if the module declares or defines a thread_local global. */
int bc_has_tls(const unsigned char *d, size_t len);

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

/* jsonr.c: a small JSON reader (size-diff reads JSON reports) */
enum { JV_NULL, JV_NUMBER, JV_STRING, JV_ARRAY, JV_OBJECT };
struct jv {
	int type;
	double n;
	char *s;
	struct jv **kids; /* array elements or object values */
	char **keys;      /* object keys */
	int nkids, capkids, capkeys;
};
struct jv *json_parse(const char *text, size_t len); /* NULL if invalid */
void json_free(struct jv *v);
const struct jv *json_get(const struct jv *v, const char *key);
const char *json_s(const struct jv *v, const char *key);
double json_n(const struct jv *v, const char *key);

/* ---- passes --------------------------------------------------------- */

/* options.c */
int parse_options(struct uk_ctx *c, int argc, char **argv);
void print_help(void);
void print_run_help(void);

/* pool.c: find the pool root and the target directory */
int find_pool(struct uk_ctx *c, const char *argv0);
/* index.c */
int read_index(struct uk_ctx *c);
int sym_intern(struct uk_ctx *c, const char *name);
int add_member(struct uk_ctx *c, int lib, const char *name,
	       const char *display, const char *path, enum uk_mkind kind);
void add_ref(struct uk_ctx *c, int member, const char *sym, unsigned flags);
/* Look for `sym` exported in other targets of the pool root (for notes). */
int note_other_targets(struct uk_ctx *c, const char *sym);

/* input.c / elf.c / archive.c / bitcode.c */
int load_inputs(struct uk_ctx *c);
int elf_read_symbols(struct uk_ctx *c, int member, const char *file,
		     const unsigned char *d, size_t len);
int bitcode_read_symbols(struct uk_ctx *c);
int archive_members(struct uk_ctx *c, int input);
void check_bitcode_triple(struct uk_ctx *c, const char *file,
			  const char *d, size_t len);
enum { AR_ETRUNC = 1, AR_ECORRUPT, AR_ENAME };
typedef void ar_member_fn(void *arg, const char *name, const char *data,
			  size_t size);
int ar_each(const char *d, size_t len, ar_member_fn *cb, void *arg,
	    size_t *where);
void optdecl_from_symbol(struct uk_ctx *c, int member, const char *name);

/* resolve.c */
int resolve(struct uk_ctx *c);
/* --libc NAME (a library of group libc) or NULL on error; -1 on error. */
int check_libc(struct uk_ctx *c);
/* --cflags: the include flags, with --libc's own headers first. */
int print_cflags(struct uk_ctx *c);
/* -v: the C library linked and why (`uklink: libc NAME (reason: ...)`). */
void report_libc(const struct uk_ctx *c);
const char *member_display(const struct uk_ctx *c, int m);

/* optvals.c */
int check_defines(struct uk_ctx *c);
int write_options_module(struct uk_ctx *c);
/* fpuse.c: values of the linked bool options whose default is `fp`. */
int decide_fp_options(struct uk_ctx *c);
void print_options(struct uk_ctx *c);

/* script.c */
int make_tmpdir(struct uk_ctx *c);
void remove_temps(struct uk_ctx *c);
int read_template(struct uk_ctx *c);
int write_script(struct uk_ctx *c);
int tls_roots(struct uk_ctx *c);

/* ldcmd.c */
void build_ldcmd(struct uk_ctx *c);
/* Print argv shell-quoted on one line. */
void print_cmd(FILE *f, const char *prefix, char *const argv[]);

/* run.c: subprocesses */
int status_of(int waitstatus);
/* Start argv with stdout/stderr on out_fd/err_fd (-1: inherit); returns
 * the pid or -1 (errno set) if it cannot be executed. */
int spawn(char *const argv[], int out_fd, int err_fd);
int wait_child(int pid);
int run_wait(char *const argv[]); /* exit status, or -1 on spawn error */
/* Start argv with stdout and stderr on two new pipes, whose read ends
 * (close-on-exec) go to *out and *err. Returns the pid; -1 with errno set
 * if the pipes could not be made (*out and *err are -1 then) or argv
 * could not be executed (the read ends are open then, at EOF). */
int spawn_piped(char *const argv[], int *out, int *err);
/* Run argv, collecting its stdout and stderr (NUL-terminated, owned). */
int run_capture2(char *const argv[], char **out, char **err);
int run_link(struct uk_ctx *c);

/* symtab.c */
int install_symtab(struct uk_ctx *c, const char *path);
int finish_output(struct uk_ctx *c);

/* qemu.c */
int run_image(struct uk_ctx *c);

/* report.c: -v lines */
void report_verbose(struct uk_ctx *c);
/* reportfmt.c: --report as text, TSV or JSON */
int write_report(struct uk_ctx *c);
/* why.c: the report pass (after the link, or after a failed pass) */
void report_pass(struct uk_ctx *c, const char *image);
/* sizediff.c: uklink size-diff */
int size_diff(struct uk_ctx *c);

#endif

/* cmdline.c: the command line, parsed completely before anything acts,
 * into the options of one command (struct uk_cmdline). */
#include "uk.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void print_help(void)
{
	fputs(
"Usage: uklink [OPTIONS] --plat PLAT INPUT...\n"
"       uklink run [RUN-OPTIONS] --plat PLAT IMAGE [ARGS...]\n"
"       uklink size-diff [--check[=PCT,BYTES]] OLD NEW\n"
"\n"
"Link application objects (ELF, LLVM bitcode, ar archives) with the minimal\n"
"set of pool libraries into a unikernel image, or run an image.\n"
"\n"
"Options:\n"
"  --plat NAME        target platform (required): kvm, linuxu, xen\n"
"  --arch NAME        target architecture (default: x86_64)\n"
"  --pool DIR         pool root (default: $UKLINK_POOL, the installed pool,\n"
"                     then the in-tree build/pool)\n"
"  -o FILE            output image (default: a.out)\n"
"  -D NAME=VALUE      set a link-time option (repeatable)\n"
"  -O0|-O1|-O2|-O3    LTO optimization and code generation level\n"
"                     (default -O2: LLVM's full-LTO pipeline less the\n"
"                     vectorizers and unrolling each module's compile ran;\n"
"                     -O3: LLVM's whole; -O1 links faster but does not fold\n"
"                     link-time options into constants)\n"
"  --lean-lto         at -O2/-O3, a shorter whole-program pipeline (options\n"
"                     folded, cross-module inlining, no loop passes):\n"
"                     newlib's hello links ~15-20% faster, images differ\n"
"                     by -1%..+1% (docs/performance.md)\n"
"  --lib NAME         link library NAME and prefer it as provider (repeatable)\n"
"  --libc NAME        the C library (nolibc, newlib): --lib NAME, and --cflags\n"
"                     gives its headers\n"
"  -v, --verbose      print the pool, the chosen libraries and the ld.lld\n"
"                     command on stderr\n"
"  -###, --dry-run    print the ld.lld command on stdout; write nothing\n"
"  --keep-temps DIR   write temporary files into DIR and keep them\n"
"  --embed DIR        link the files under DIR into the image: unpacked into\n"
"                     its file system (/) at boot (repeatable)\n"
"  --cflags           print compiler flags for the pool's headers\n"
"  --options [OBJ...] list the link-time options (TSV) of the libraries that\n"
"                     would be linked with OBJ..., and the app's own options\n"
"  --report[=FILE]    write where every library, symbol and byte of the image\n"
"                     comes from (default FILE: OUT.report.tsv; -: stdout)\n"
"  --report-format text|tsv|json\n"
"                     report format (default: from FILE's extension, else\n"
"                     tsv; text on stdout)\n"
"  --why SYMBOL       print the reference chains that pulled SYMBOL into the\n"
"                     image, or why it is not there (repeatable)\n"
"  --help             print this help\n"
"  --version          print the version\n"
"\n"
"Run options (uklink run): --plat, --arch and --pool choose the target,\n"
"whose facts in the pool say how its images run (QEMU, xl, exec)\n"
"  --accel tcg|kvm    QEMU accelerator (default: $UK_QEMU_ACCEL, else tcg)\n"
"  -m, --memory MB    guest memory in MiB (default: 64)\n"
"  --timeout SEC      stop the guest after SEC seconds (exit status 124)\n"
"  --initrd FILE      give the guest FILE as its initrd (a cpio archive it\n"
"                     unpacks into / at boot: docs/vfs.md, \"Files at boot\")\n"
"  --net tap:NAME|user[,hostfwd=...]\n"
"                     give the guest a NIC: on the host's tap interface (or\n"
"                     bridge, xen) NAME, or on QEMU's user networking with\n"
"                     its options (e.g. hostfwd=tcp:127.0.0.1:8080-:80)\n"
"  -###, --dry-run    print the command (and the config it reads); do not\n"
"                     run it\n"
"\n"
"size-diff: growth per library and per symbol between two reports (TSV or\n"
"JSON) or two images (IMG reads IMG.report.tsv), largest first. --check\n"
"exits 1 if the image or a library grew by more than max(PCT% of its old\n"
"size, BYTES) (default 1,64).\n"
"\n"
"Environment: UKLINK_POOL, UKLINK_LD (ld.lld-19), UKLINK_AS (llvm-as-19),\n"
"UKLINK_NM (llvm-nm-19), UKLINK_QEMU (kvm: qemu-system-x86_64),\n"
"UKLINK_XL (xen: xl), UK_QEMU_ACCEL, UKLINK_CACHE (a directory: reuse\n"
"ld.lld's result when every input is the same; UKLINK_CACHE_MAX entries,\n"
"default 64).\n"
"\n"
"Exit status: 0 success, 1 link or run error, 2 usage error;\n"
"uklink run returns the guest's exit status.\n"
"See docs/uklink.md.\n", stdout);
}

/* Take the value of an option given as `--opt VALUE` or `--opt=VALUE`
 * (or `-oVALUE` for short ones). Returns NULL if this is not `name`. */
static const char *optval(struct uk_diag *dg, int argc, char **argv, int *i,
			  const char *name)
{
	const char *a = argv[*i];
	size_t n = strlen(name);
	if (strncmp(a, name, n))
		return NULL;
	if (a[n] == 0) {
		if (*i + 1 >= argc) {
			uk_usage(dg, "option '%s' needs a value", name);
			return "";
		}
		return argv[++*i];
	}
	if (a[n] == '=' && name[1] == '-')
		return a + n + 1;
	if (name[1] != '-' && name[2] == 0)
		return a + n; /* -oFILE, -DNAME=V */
	return NULL;
}

static long parse_num(struct uk_diag *dg, const char *opt, const char *s)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || !*s || *end || v <= 0) {
		uk_usage(dg, "option '%s' needs a positive number, not '%s'", opt,
			 s);
		return 0;
	}
	return v;
}

/* Options shared by link and run mode. Returns 1 if consumed. */
static int common_opt(struct uk_diag *dg, struct uk_common *co, int argc,
		      char **argv, int *i)
{
	const char *a = argv[*i], *v;
	if ((v = optval(dg, argc, argv, i, "--plat")))
		co->plat = v;
	else if ((v = optval(dg, argc, argv, i, "--arch")))
		co->arch = v;
	else if ((v = optval(dg, argc, argv, i, "--pool")))
		co->pool = v;
	else if (!strcmp(a, "-v") || !strcmp(a, "--verbose"))
		co->verbose = 1;
	else if (!strcmp(a, "-###") || !strcmp(a, "--dry-run"))
		co->dry_run = 1;
	else
		return 0;
	return 1;
}

/* --net tap:NAME (an interface name: 1-15 characters, no blank, comma,
 * slash or quote) or user[,OPTS]. */
static void parse_net(struct uk_diag *dg, struct uk_runopts *r, const char *v)
{
	if (!strncmp(v, "tap:", 4)) {
		size_t n = strlen(v + 4);
		if (!n || n > 15 || strpbrk(v + 4, " \t,/'\"")) {
			uk_usage(dg, "--net tap:NAME: '%s' is not an interface "
				 "name", v + 4);
			return;
		}
		r->net_kind = "tap";
		r->net_arg = v + 4;
	} else if (!strcmp(v, "user") || !strncmp(v, "user,", 5)) {
		r->net_kind = "user";
		r->net_arg = v + 4;
	} else {
		uk_usage(dg, "--net must be tap:NAME or user[,OPTIONS], not "
			 "'%s'", v);
	}
}

static void parse_run(struct uk_cmdline *cl, struct uk_common *co, int argc,
		      char **argv, int i)
{
	struct uk_runopts *r = &cl->run;
	struct uk_diag *dg = &cl->dg;
	cl->mode = UK_MODE_RUN;
	for (; i < argc; i++) {
		const char *a = argv[i], *v;
		if (r->image) {
			strv_push(&r->guest_args, a);
			continue;
		}
		if (common_opt(dg, co, argc, argv, &i))
			continue;
		if (!strcmp(a, "--help") || !strcmp(a, "-h"))
			r->help = 1;
		else if ((v = optval(dg, argc, argv, &i, "--accel")))
			r->accel = v;
		else if ((v = optval(dg, argc, argv, &i, "--initrd")))
			r->initrd = v;
		else if ((v = optval(dg, argc, argv, &i, "--net")))
			parse_net(dg, r, v);
		else if ((v = optval(dg, argc, argv, &i, "--memory")) ||
			 (v = optval(dg, argc, argv, &i, "-m")))
			r->memory_mb = parse_num(dg, "--memory", v);
		else if ((v = optval(dg, argc, argv, &i, "--timeout")))
			r->timeout = parse_num(dg, "--timeout", v);
		else if (!strcmp(a, "--"))
			r->image = i + 1 < argc ? argv[++i] : NULL;
		else if (a[0] == '-' && a[1])
			uk_usage(dg, "unknown option '%s' for 'uklink run'", a);
		else
			r->image = a;
	}
	if (r->help)
		return;
	if (!r->image)
		uk_usage(dg, "uklink run: no image given");
	if (r->accel && strcmp(r->accel, "tcg") && strcmp(r->accel, "kvm"))
		uk_usage(dg, "--accel must be 'tcg' or 'kvm', not '%s'",
			 r->accel);
}

static void set_format(struct uk_diag *dg, struct uk_opts *o, const char *v)
{
	if (!strcmp(v, "text"))
		o->report_format = UK_RF_TEXT;
	else if (!strcmp(v, "tsv"))
		o->report_format = UK_RF_TSV;
	else if (!strcmp(v, "json"))
		o->report_format = UK_RF_JSON;
	else
		uk_usage(dg, "--report-format must be text, tsv or json, not '%s'",
			 v);
	o->report_format_set = 1;
}

/* The format a report file gets when --report-format is not given. */
static void default_format(struct uk_opts *o)
{
	const char *p = o->report_path;
	size_t n = p ? strlen(p) : 0;
	if (o->report_format_set)
		return;
	if (p && !strcmp(p, "-"))
		o->report_format = UK_RF_TEXT;
	else if (n > 5 && !strcmp(p + n - 5, ".json"))
		o->report_format = UK_RF_JSON;
	else if (n > 4 && !strcmp(p + n - 4, ".txt"))
		o->report_format = UK_RF_TEXT;
	else
		o->report_format = UK_RF_TSV;
}

/* uklink size-diff [--check[=PCT,BYTES]] OLD NEW */
static void parse_sizediff(struct uk_cmdline *cl, int argc, char **argv)
{
	struct uk_sdopts *o = &cl->sd;
	struct uk_diag *dg = &cl->dg;
	cl->mode = UK_MODE_SIZEDIFF;
	o->tol_pct = 1;
	o->tol_bytes = 64;
	for (int i = 2; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			cl->mode = UK_MODE_HELP;
		} else if (!strcmp(a, "--check")) {
			o->check = 1;
		} else if (!strncmp(a, "--check=", 8)) {
			char *e1, *e2 = NULL;
			o->check = 1;
			o->tol_pct = strtod(a + 8, &e1);
			if (*e1 == ',')
				o->tol_bytes = strtol(e1 + 1, &e2, 10);
			if (e1 == a + 8 || *e1 != ',' || !e2 || *e2 ||
			    o->tol_pct < 0 || o->tol_bytes < 0)
				uk_usage(dg, "--check needs PCT,BYTES (e.g. "
					 "--check=1,64), not '%s'", a + 8);
		} else if (a[0] == '-' && a[1]) {
			uk_usage(dg, "unknown option '%s' for 'uklink size-diff'",
				 a);
		} else {
			strv_push(&o->inputs, a);
		}
	}
	if (cl->mode == UK_MODE_SIZEDIFF && o->inputs.n != 2)
		uk_usage(dg, "uklink size-diff needs two reports or images, "
			 "OLD and NEW");
}

static void parse_link_opt(struct uk_cmdline *cl, struct uk_common *co,
			   int argc, char **argv, int *i)
{
	struct uk_opts *o = &cl->link;
	struct uk_diag *dg = &cl->dg;
	const char *a = argv[*i], *v;
	if (common_opt(dg, co, argc, argv, i))
		return;
	if (!strcmp(a, "--help") || !strcmp(a, "-h"))
		cl->mode = UK_MODE_HELP;
	else if (!strcmp(a, "--version"))
		cl->mode = UK_MODE_VERSION;
	else if (!strcmp(a, "--cflags"))
		cl->mode = UK_MODE_CFLAGS;
	else if (a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && !a[3])
		o->optlevel = a[2] - '0';
	else if (!strcmp(a, "--lean-lto"))
		o->lean_lto = 1;
	else if (!strcmp(a, "--options"))
		cl->mode = UK_MODE_OPTIONS;
	else if (!strcmp(a, "--report"))
		o->report = 1;
	else if (!strncmp(a, "--report=", 9)) {
		o->report = 1;
		o->report_path = a + 9;
		if (!*o->report_path)
			uk_usage(dg, "--report= needs a file name (or -)");
	} else if ((v = optval(dg, argc, argv, i, "--report-format")))
		set_format(dg, o, v);
	else if ((v = optval(dg, argc, argv, i, "--why")))
		strv_push(&o->whys, v);
	else if ((v = optval(dg, argc, argv, i, "--keep-temps")))
		o->keep_temps = v;
	else if ((v = optval(dg, argc, argv, i, "--embed")))
		strv_push(&o->embeds, v);
	else if ((v = optval(dg, argc, argv, i, "--libc"))) {
		if (o->libc && strcmp(o->libc, v))
			uk_usage(dg, "--libc %s: the C library is already %s",
				 v, o->libc);
		o->libc = v;
	} else if ((v = optval(dg, argc, argv, i, "--lib")))
		strv_push(&o->libs, v);
	else if ((v = optval(dg, argc, argv, i, "-o")))
		o->out = v;
	else if ((v = optval(dg, argc, argv, i, "-D"))) {
		const char *eq = strchr(v, '=');
		if (!eq || eq == v)
			uk_usage(dg, "-D needs NAME=VALUE, not '%s'", v);
		else
			strv_push(&o->defines, v);
	} else
		uk_usage(dg, "unknown option '%s'", a);
}

int parse_options(struct uk_cmdline *cl, int argc, char **argv)
{
	struct uk_common co = { .arch = "x86_64" };
	struct uk_opts *o = &cl->link;
	struct uk_diag *dg = &cl->dg;
	o->out = "a.out";
	o->optlevel = 2;
	cl->run.memory_mb = 64;
	if (argc > 1 && !strcmp(argv[1], "size-diff")) {
		parse_sizediff(cl, argc, argv);
		return dg->usage_error ? -1 : 0;
	}
	if (argc > 1 && !strcmp(argv[1], "run")) {
		parse_run(cl, &co, argc, argv, 2);
	} else {
		int dashdash = 0;
		for (int i = 1; i < argc; i++) {
			const char *a = argv[i];
			if (!dashdash && !strcmp(a, "--"))
				dashdash = 1;
			else if (!dashdash && a[0] == '-' && a[1])
				parse_link_opt(cl, &co, argc, argv, &i);
			else
				strv_push(&o->inputs, a);
		}
	}
	o->plat = cl->run.plat = co.plat;
	o->arch = cl->run.arch = co.arch;
	o->pool = cl->run.pool = co.pool;
	o->verbose = cl->run.verbose = co.verbose;
	o->dry_run = cl->run.dry_run = co.dry_run;
	if (cl->mode == UK_MODE_HELP || cl->mode == UK_MODE_VERSION ||
	    cl->run.help)
		return dg->usage_error ? -1 : 0;
	if (!co.plat)
		uk_usage(dg, "no platform given: pass --plat kvm");
	if (cl->mode == UK_MODE_LINK && !o->inputs.n && !dg->usage_error)
		uk_usage(dg, "no input files");
	if (!*o->out)
		uk_usage(dg, "-o needs a file name");
	default_format(o);
	if ((o->report || o->whys.n) && cl->mode != UK_MODE_LINK &&
	    cl->mode != UK_MODE_RUN)
		uk_usage(dg, "--report and --why need a link, not --%s",
			 cl->mode == UK_MODE_CFLAGS ? "cflags" : "options");
	return dg->usage_error ? -1 : 0;
}

/* options.c: the command line, parsed completely before anything acts. */
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
"                     (default -O2; -O1 links faster but does not fold\n"
"                     link-time options into constants)\n"
"  --lib NAME         link library NAME and prefer it as provider (repeatable)\n"
"  --libc NAME        the C library (nolibc, newlib): --lib NAME, and --cflags\n"
"                     gives its headers\n"
"  -v, --verbose      print the pool, the chosen libraries and the ld.lld\n"
"                     command on stderr\n"
"  -###, --dry-run    print the ld.lld command on stdout; write nothing\n"
"  --keep-temps DIR   write temporary files into DIR and keep them\n"
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
"Run options (uklink run):\n"
"  --accel tcg|kvm    QEMU accelerator (default: $UK_QEMU_ACCEL, else tcg)\n"
"  -m, --memory MB    guest memory in MiB (default: 64)\n"
"  --timeout SEC      stop the guest after SEC seconds (exit status 124)\n"
"  -###, --dry-run    print the QEMU command; do not run it\n"
"\n"
"size-diff: growth per library and per symbol between two reports (TSV or\n"
"JSON) or two images (IMG reads IMG.report.tsv), largest first. --check\n"
"exits 1 if the image or a library grew by more than max(PCT% of its old\n"
"size, BYTES) (default 1,64).\n"
"\n"
"Environment: UKLINK_POOL, UKLINK_LD (ld.lld-19), UKLINK_AS (llvm-as-19),\n"
"UKLINK_NM (llvm-nm-19), UKLINK_QEMU (qemu-system-ARCH), UK_QEMU_ACCEL.\n"
"\n"
"Exit status: 0 success, 1 link or run error, 2 usage error;\n"
"uklink run returns the guest's exit status.\n"
"See docs/uklink.md.\n", stdout);
}

/* Take the value of an option given as `--opt VALUE` or `--opt=VALUE`
 * (or `-oVALUE` for short ones). Returns NULL if this is not `name`. */
static const char *optval(struct uk_ctx *c, int argc, char **argv, int *i,
			  const char *name)
{
	const char *a = argv[*i];
	size_t n = strlen(name);
	if (strncmp(a, name, n))
		return NULL;
	if (a[n] == 0) {
		if (*i + 1 >= argc) {
			uk_usage(c, "option '%s' needs a value", name);
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

static long parse_num(struct uk_ctx *c, const char *opt, const char *s)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || !*s || *end || v <= 0) {
		uk_usage(c, "option '%s' needs a positive number, not '%s'", opt,
			 s);
		return 0;
	}
	return v;
}

/* Options shared by link and run mode. Returns 1 if consumed. */
static int common_opt(struct uk_ctx *c, int argc, char **argv, int *i)
{
	const char *a = argv[*i], *v;
	if ((v = optval(c, argc, argv, i, "--plat")))
		c->o.plat = v;
	else if ((v = optval(c, argc, argv, i, "--arch")))
		c->o.arch = v;
	else if (!strcmp(a, "-v") || !strcmp(a, "--verbose"))
		c->o.verbose = 1;
	else if (!strcmp(a, "-###") || !strcmp(a, "--dry-run"))
		c->o.dry_run = 1;
	else
		return 0;
	return 1;
}

static int parse_run(struct uk_ctx *c, int argc, char **argv, int i)
{
	c->o.mode = UK_MODE_RUN;
	for (; i < argc; i++) {
		const char *a = argv[i], *v;
		if (c->o.image) {
			strv_push(&c->o.guest_args, a);
			continue;
		}
		if (common_opt(c, argc, argv, &i))
			continue;
		if (!strcmp(a, "--help") || !strcmp(a, "-h"))
			c->o.run_help = 1;
		else if ((v = optval(c, argc, argv, &i, "--accel")))
			c->o.accel = v;
		else if ((v = optval(c, argc, argv, &i, "--memory")) ||
			 (v = optval(c, argc, argv, &i, "-m")))
			c->o.memory_mb = parse_num(c, "--memory", v);
		else if ((v = optval(c, argc, argv, &i, "--timeout")))
			c->o.timeout = parse_num(c, "--timeout", v);
		else if (!strcmp(a, "--"))
			c->o.image = i + 1 < argc ? argv[++i] : NULL;
		else if (a[0] == '-' && a[1])
			uk_usage(c, "unknown option '%s' for 'uklink run'", a);
		else
			c->o.image = a;
	}
	if (c->o.run_help)
		return 0;
	if (!c->o.image)
		uk_usage(c, "uklink run: no image given");
	if (c->o.accel && strcmp(c->o.accel, "tcg") && strcmp(c->o.accel, "kvm"))
		uk_usage(c, "--accel must be 'tcg' or 'kvm', not '%s'",
			 c->o.accel);
	return 0;
}

static void set_format(struct uk_ctx *c, const char *v)
{
	if (!strcmp(v, "text"))
		c->o.report_format = UK_RF_TEXT;
	else if (!strcmp(v, "tsv"))
		c->o.report_format = UK_RF_TSV;
	else if (!strcmp(v, "json"))
		c->o.report_format = UK_RF_JSON;
	else
		uk_usage(c, "--report-format must be text, tsv or json, not '%s'",
			 v);
	c->report_format_set = 1;
}

/* The format a report file gets when --report-format is not given. */
static void default_format(struct uk_ctx *c)
{
	const char *p = c->o.report_path;
	size_t n = p ? strlen(p) : 0;
	if (c->report_format_set)
		return;
	if (p && !strcmp(p, "-"))
		c->o.report_format = UK_RF_TEXT;
	else if (n > 5 && !strcmp(p + n - 5, ".json"))
		c->o.report_format = UK_RF_JSON;
	else if (n > 4 && !strcmp(p + n - 4, ".txt"))
		c->o.report_format = UK_RF_TEXT;
	else
		c->o.report_format = UK_RF_TSV;
}

/* uklink size-diff [--check[=PCT,BYTES]] OLD NEW */
static void parse_sizediff(struct uk_ctx *c, int argc, char **argv)
{
	c->o.mode = UK_MODE_SIZEDIFF;
	c->o.tol_pct = 1;
	c->o.tol_bytes = 64;
	for (int i = 2; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			c->o.mode = UK_MODE_HELP;
		} else if (!strcmp(a, "--check")) {
			c->o.check = 1;
		} else if (!strncmp(a, "--check=", 8)) {
			char *e1, *e2 = NULL;
			c->o.check = 1;
			c->o.tol_pct = strtod(a + 8, &e1);
			if (*e1 == ',')
				c->o.tol_bytes = strtol(e1 + 1, &e2, 10);
			if (e1 == a + 8 || *e1 != ',' || !e2 || *e2 ||
			    c->o.tol_pct < 0 || c->o.tol_bytes < 0)
				uk_usage(c, "--check needs PCT,BYTES (e.g. "
					 "--check=1,64), not '%s'", a + 8);
		} else if (a[0] == '-' && a[1]) {
			uk_usage(c, "unknown option '%s' for 'uklink size-diff'",
				 a);
		} else {
			strv_push(&c->o.inputs, a);
		}
	}
	if (c->o.mode == UK_MODE_SIZEDIFF && c->o.inputs.n != 2)
		uk_usage(c, "uklink size-diff needs two reports or images, "
			 "OLD and NEW");
}

static void parse_link_opt(struct uk_ctx *c, int argc, char **argv, int *i)
{
	const char *a = argv[*i], *v;
	if (common_opt(c, argc, argv, i))
		return;
	if (!strcmp(a, "--help") || !strcmp(a, "-h"))
		c->o.mode = UK_MODE_HELP;
	else if (!strcmp(a, "--version"))
		c->o.mode = UK_MODE_VERSION;
	else if (!strcmp(a, "--cflags"))
		c->o.mode = UK_MODE_CFLAGS;
	else if (a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && !a[3])
		c->o.optlevel = a[2] - '0';
	else if (!strcmp(a, "--options"))
		c->o.mode = UK_MODE_OPTIONS;
	else if (!strcmp(a, "--report"))
		c->o.report = 1;
	else if (!strncmp(a, "--report=", 9)) {
		c->o.report = 1;
		c->o.report_path = a + 9;
		if (!*c->o.report_path)
			uk_usage(c, "--report= needs a file name (or -)");
	} else if ((v = optval(c, argc, argv, i, "--report-format")))
		set_format(c, v);
	else if ((v = optval(c, argc, argv, i, "--why")))
		strv_push(&c->o.whys, v);
	else if ((v = optval(c, argc, argv, i, "--pool")))
		c->o.pool = v;
	else if ((v = optval(c, argc, argv, i, "--keep-temps")))
		c->o.keep_temps = v;
	else if ((v = optval(c, argc, argv, i, "--libc"))) {
		if (c->o.libc && strcmp(c->o.libc, v))
			uk_usage(c, "--libc %s: the C library is already %s",
				 v, c->o.libc);
		c->o.libc = v;
	} else if ((v = optval(c, argc, argv, i, "--lib")))
		strv_push(&c->o.libs, v);
	else if ((v = optval(c, argc, argv, i, "-o")))
		c->o.out = v;
	else if ((v = optval(c, argc, argv, i, "-D"))) {
		const char *eq = strchr(v, '=');
		if (!eq || eq == v)
			uk_usage(c, "-D needs NAME=VALUE, not '%s'", v);
		else
			strv_push(&c->o.defines, v);
	} else
		uk_usage(c, "unknown option '%s'", a);
}

int parse_options(struct uk_ctx *c, int argc, char **argv)
{
	c->o.arch = "x86_64";
	c->o.out = "a.out";
	c->o.memory_mb = 64;
	c->o.optlevel = 2;
	if (argc > 1 && !strcmp(argv[1], "run"))
		parse_run(c, argc, argv, 2);
	else if (argc > 1 && !strcmp(argv[1], "size-diff")) {
		parse_sizediff(c, argc, argv);
		return c->usage_error ? -1 : 0;
	} else {
		int dashdash = 0;
		for (int i = 1; i < argc; i++) {
			const char *a = argv[i];
			if (!dashdash && !strcmp(a, "--"))
				dashdash = 1;
			else if (!dashdash && a[0] == '-' && a[1])
				parse_link_opt(c, argc, argv, &i);
			else
				strv_push(&c->o.inputs, a);
		}
	}
	if (c->o.mode == UK_MODE_HELP || c->o.mode == UK_MODE_VERSION ||
	    c->o.run_help)
		return c->usage_error ? -1 : 0;
	if (!c->o.plat)
		uk_usage(c, "no platform given: pass --plat kvm");
	if (c->o.mode == UK_MODE_LINK && !c->o.inputs.n && !c->usage_error)
		uk_usage(c, "no input files");
	if (!*c->o.out)
		uk_usage(c, "-o needs a file name");
	default_format(c);
	if ((c->o.report || c->o.whys.n) && c->o.mode != UK_MODE_LINK)
		uk_usage(c, "--report and --why need a link, not --%s",
			 c->o.mode == UK_MODE_CFLAGS ? "cflags" : "options");
	return c->usage_error ? -1 : 0;
}

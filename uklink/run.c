/* run.c: `uklink run`: start an image the way its target says, stream
 * its console to stdout and return the guest's exit status.
 *
 * uklink knows no platform: the pool's target facts (docs/architecture.md,
 * "Target facts") say how. `run exec`: the image is a program of this
 * host (or runs under an emulator such as qemu-user); uklink execs the
 * command and the program's status is the guest's. `run relay`: uklink
 * starts the command (an emulator, or `xl create -c CFG`), relays its
 * console and its stderr, and maps the status as `run_status` says:
 *   debug-exit      the runner exits with 2*status+1 (QEMU's
 *                   isa-debug-exit); even: the guest stopped without one
 *   exit            the runner's exit status is the guest's
 *   console PREFIX  the last console line "PREFIX N" gives N; without one,
 *                   the runner's status 0 means 0
 * A runner's own failure exits 1 too (which would read as status 0 under
 * debug-exit): a stderr line starting with the runner's name and ':'
 * ("qemu-system-x86_64: ...") means it failed, and uklink exits 1.
 * The guest's standard streams (stdin's end, a separate stderr, whether
 * each is a terminal) are runio.c's; --initrd adds the words of fact
 * run_initrd and the lines of run_cfg_initrd. A target whose runner
 * boots the image's flat binary (kvm-arm64: QEMU loads -initrd only for
 * a Linux arm64 Image) says `run_image flat`: uklink writes it (flat.c)
 * into a temporary file, which {image} then names.
 */
#include "proc.h"
#include "run.h"
#include "runio.h"
#include "uk.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct uk_run {
	const struct uk_runopts *o;
	struct uk_diag dg;
	struct uk_poolloc pool;
	struct uk_target t;
	char *name;       /* {name}: the image's file name and our pid */
	char *cfgdir, *cfgpath, *cfgtext; /* the runner's config (run_cfg) */
	char *flat;       /* run_image flat: the flat binary, in cfgdir */
	struct uk_runio io; /* the guest's standard streams */
	struct uk_strv env; /* NAME=VALUE set for the runner (run_net_env) */
	int exit_status;  /* the guest's */
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Watches the console for "PREFIX N" lines (run_status console). */
struct status_scan {
	const char *prefix; /* NULL: not watching */
	char line[128];
	size_t len;
	int found, status;
};

static void scan_line(struct status_scan *x)
{
	size_t k = strlen(x->prefix);
	if (x->len <= k || strncmp(x->line, x->prefix, k))
		return;
	char *end, *p = x->line + k + strspn(x->line + k, " ");
	long v = strtol(p, &end, 10);
	if (end != p && (!*end || *end == ' ')) {
		x->found = 1;
		x->status = (int)v;
	}
}

static void scan(struct status_scan *x, const char *p, size_t n)
{
	for (size_t i = 0; x->prefix && i < n; i++) {
		if (p[i] == '\n' || p[i] == '\r') {
			scan_line(x);
			x->len = 0;
		} else if (x->len < sizeof(x->line) - 1) {
			x->line[x->len++] = p[i];
			x->line[x->len] = 0;
		}
	}
}

/* runio_relay's console hook: the status lines. */
static void scan_hook(void *arg, const char *p, size_t n)
{
	scan(arg, p, n);
}

/* The guest's command line: the arguments joined by blanks, quoted for
 * the guest's parser (libpool/ukargparse), which splits at blanks (space,
 * tab, CR, LF) and undoes "…" (inside which \" and \\ stand for " and \),
 * '…' and \X. An argument that is empty or holds a blank, a quote or a
 * backslash goes in "…" with its \ and " escaped; the rest as it is. */
static char *guest_cmdline(const struct uk_strv *args)
{
	struct uk_buf b = { 0 };
	for (int i = 0; i < args->n; i++) {
		const char *s = args->v[i];
		if (i)
			buf_adds(&b, " ");
		if (*s && !strpbrk(s, " \t\r\n\"'\\")) {
			buf_adds(&b, s);
			continue;
		}
		buf_adds(&b, "\"");
		for (; *s; s++) {
			if (*s == '"' || *s == '\\')
				buf_adds(&b, "\\");
			buf_add(&b, s, 1);
		}
		buf_adds(&b, "\"");
	}
	return b.p ? b.p : xstrdup("");
}

/* A value inside a double-quoted string of a run_cfg line: \ and " are
 * escaped (xl's config syntax). */
static void cfg_escaped(struct uk_buf *b, const char *v)
{
	for (; *v; v++) {
		if (*v == '\\' || *v == '"')
			buf_adds(b, "\\");
		buf_add(b, v, 1);
	}
}

/* Whether --net gave the NIC kind whose placeholder is {ph} ({tap}:
 * tap:NAME, {netopts}: user[,OPTS]). */
static int net_given(const struct uk_run *c, const char *ph)
{
	const char *kind = !strcmp(ph, "tap") ? "tap" : "user";
	return c->o->net_kind && !strcmp(c->o->net_kind, kind);
}

/* The value of placeholder {name} (without braces), or NULL if unknown. */
static char *placeholder(struct uk_run *c, const char *name, int in_cfg)
{
	if (!strcmp(name, "image")) {
		const char *im = c->flat ? c->flat : c->o->image;
		char *abs = in_cfg ? realpath(im, NULL) : NULL;
		return abs ? abs : xstrdup(im);
	}
	if (!strcmp(name, "memory"))
		return xasprintf("%ld", c->o->memory_mb);
	if (!strcmp(name, "accel")) {
		const char *env = getenv("UK_QEMU_ACCEL");
		return xstrdup(c->o->accel ? c->o->accel
			       : env && *env ? env : "tcg");
	}
	if (!strcmp(name, "cmdline"))
		return guest_cmdline(&c->o->guest_args);
	if (!strcmp(name, "name"))
		return xstrdup(c->name);
	if (!strcmp(name, "cfg"))
		return xstrdup(c->cfgpath ? c->cfgpath : "CFG");
	if (!strcmp(name, "initrd")) {
		char *abs = in_cfg ? realpath(c->o->initrd, NULL) : NULL;
		return abs ? abs : xstrdup(c->o->initrd);
	}
	if (!strcmp(name, "stdio"))
		return xstrdup(c->io.stdio);
	if (!strcmp(name, "stderr")) {
		char *p = runio_stderr_path(&c->io);
		return p ? p : xstrdup("/dev/null");
	}
	if (!strcmp(name, "tap") || !strcmp(name, "netopts"))
		return xstrdup(net_given(c, name) ? c->o->net_arg : "");
	return NULL;
}

/* Whether the target has fact `key`, or a run_cfg line naming `ph`. */
static int takes(const struct uk_run *c, const char *key, const char *ph)
{
	for (int i = 0; i < c->t.nfacts; i++)
		if (!strcmp(c->t.facts[i].key, key) ||
		    (!strcmp(c->t.facts[i].key, "run_cfg") &&
		     strstr(c->t.facts[i].val, ph)))
			return 1;
	return 0;
}

/* A run_cfg line about an option not given ({initrd} without --initrd)
 * is left out. */
static int optional_absent(const struct uk_run *c, const char *line)
{
	return (!c->o->initrd && strstr(line, "{initrd}")) ||
	       (!net_given(c, "tap") && strstr(line, "{tap}")) ||
	       (!net_given(c, "netopts") && strstr(line, "{netopts}"));
}

/* Substitute the placeholders of one word or config line into b. */
static int expand(struct uk_run *c, const char *fact, const char *s,
		  int in_cfg, struct uk_buf *b)
{
	while (*s) {
		const char *o = strchr(s, '{'), *e = o ? strchr(o, '}') : NULL;
		if (!o || !e) {
			buf_adds(b, s);
			break;
		}
		buf_add(b, s, (size_t)(o - s));
		char *name = xstrndup(o + 1, (size_t)(e - o - 1));
		char *v = placeholder(c, name, in_cfg);
		if (!v) {
			uk_error(&c->dg, c->pool.index_path, "fact %s: unknown "
				 "placeholder {%s}; rebuild the pool with this "
				 "uklink", fact, name);
			free(name);
			return -1;
		}
		if (in_cfg)
			cfg_escaped(b, v);
		else
			buf_adds(b, v);
		free(v);
		free(name);
		s = e + 1;
	}
	return 0;
}

/* The words of fact `key` with placeholders substituted, appended to
 * argv; {args} alone as a word becomes one word per guest argument. */
static int expand_words(struct uk_run *c, const char *key,
			struct uk_strv *argv)
{
	struct uk_strv w = { 0 };
	int rc = 0;
	target_words(&c->t, key, &w);
	for (int i = 0; i < w.n && !rc; i++) {
		if (!strcmp(w.v[i], "{args}")) {
			for (int k = 0; k < c->o->guest_args.n; k++)
				strv_push(argv, c->o->guest_args.v[k]);
			continue;
		}
		struct uk_buf b = { 0 };
		rc = expand(c, key, w.v[i], 0, &b);
		strv_push(argv, b.p ? b.p : "");
		free(b.p);
	}
	strv_free(&w);
	return rc;
}

/* The runner's config file (run_cfg lines), or NULL if it has none. */
static char *config_text(struct uk_run *c)
{
	struct uk_buf b = { 0 };
	for (int i = 0; i < c->t.nfacts; i++) {
		if (strcmp(c->t.facts[i].key, "run_cfg") ||
		    optional_absent(c, c->t.facts[i].val))
			continue;
		if (expand(c, "run_cfg", c->t.facts[i].val, 1, &b) < 0) {
			free(b.p);
			return NULL;
		}
		buf_adds(&b, "\n");
	}
	return b.p;
}

/* The private directory of the runner's files (removed at exit). */
static int run_tmpdir(struct uk_run *c)
{
	const char *t = getenv("TMPDIR");
	if (c->cfgdir)
		return 0;
	c->cfgdir = xasprintf("%s/uklink-run-XXXXXX", t && *t ? t : "/tmp");
	if (c->o->dry_run || mkdtemp(c->cfgdir))
		return 0;
	uk_error(&c->dg, c->cfgdir, "cannot create a temporary directory: "
		 "%s", strerror(errno));
	return -1;
}

/* Writes the config into the private directory. */
static int write_config(struct uk_run *c, const char *text)
{
	if (run_tmpdir(c) < 0)
		return -1;
	c->cfgpath = xasprintf("%s/guest.cfg", c->cfgdir);
	if (c->o->dry_run)
		return 0;
	FILE *f = fopen(c->cfgpath, "w");
	int ok = f && fputs(text, f) >= 0;
	if (f && fclose(f) != 0)
		ok = 0;
	if (!ok)
		uk_error(&c->dg, c->cfgpath, "cannot write: %s", strerror(errno));
	return ok ? 0 : -1;
}

/* The domain or instance name: the image's file name and our pid. */
static char *instance_name(const char *image)
{
	const char *b = strrchr(image, '/');
	char *n = xasprintf("%s-%d", b ? b + 1 : image, (int)getpid());
	for (char *p = n; *p; p++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			    "0123456789_.-", *p))
			*p = '_';
	return n;
}

/* $<run_env> (e.g. $UKLINK_QEMU) replaces the runner: the first word of
 * run_cmd and run_kill. */
static void runner_from_env(struct uk_run *c, struct uk_strv *a)
{
	const char *envname = target_fact(&c->t, "run_env");
	const char *env = envname ? getenv(envname) : NULL;
	if (env && *env && a->n) {
		free(a->v[0]);
		a->v[0] = xstrdup(env);
	}
}

/* A program of another machine: when the target names the machine that
 * runs its images natively (run_native, as `uname -m` prints it) and this
 * host is not one, the words of run_foreign (an emulator: qemu-aarch64)
 * go before the command. */
static void foreign_prefix(struct uk_run *c, struct uk_strv *a)
{
	const char *native = target_fact(&c->t, "run_native");
	struct utsname u;
	if (!native || uname(&u) < 0 || !strcmp(u.machine, native))
		return;
	struct uk_strv w = { 0 };
	target_words(&c->t, "run_foreign", &w);
	for (int i = 0; i < a->n; i++)
		strv_push(&w, a->v[i]);
	strv_free(a);
	*a = w;
}

/* --net: the NIC, as the target's facts say: run_net_tap or
 * run_net_user words after the command (kvm: QEMU's -netdev/-device),
 * run_cfg lines naming {tap} (xen: the vif) and run_net_env NAME=VALUE
 * settings for the runner (linuxu: the interface for the tap driver). A
 * target with none of them for the kind has no such NIC. */
static int add_net(struct uk_run *c, struct uk_strv *a)
{
	const char *kind = c->o->net_kind;
	const char *ph = !strcmp(kind, "tap") ? "{tap}" : "{netopts}";
	char *key = xasprintf("run_net_%s", kind);
	int rc = 0, env = 0;

	for (int i = 0; i < c->t.nfacts; i++)
		env += !strcmp(c->t.facts[i].key, "run_net_env") &&
		       strstr(c->t.facts[i].val, ph);
	if (!env && !takes(c, key, ph)) {
		uk_error(&c->dg, c->pool.index_path, "the %s-%s target has no "
			 "%s network (no %s fact)", c->o->arch, c->o->plat,
			 kind, key);
		free(key);
		return -1;
	}
	rc = expand_words(c, key, a);
	free(key);
	for (int i = 0; i < c->t.nfacts && !rc; i++) {
		struct uk_buf b = { 0 };
		if (strcmp(c->t.facts[i].key, "run_net_env") ||
		    optional_absent(c, c->t.facts[i].val))
			continue;
		rc = expand(c, "run_net_env", c->t.facts[i].val, 0, &b);
		if (!rc && (!b.p || !strchr(b.p, '=') || b.p[0] == '=')) {
			uk_error(&c->dg, c->pool.index_path, "fact run_net_env: "
				 "'%s' is not NAME=VALUE", c->t.facts[i].val);
			rc = -1;
		}
		if (!rc) {
			char *eq = strchr(b.p, '=');
			strv_push(&c->env, b.p);
			*eq = 0;
			setenv(b.p, eq + 1, 1);
		}
		free(b.p);
	}
	return rc;
}

/* The target fact @key among @values (NULL-terminated): 0 when the
 * target does not state it, i + 1 for values[i], -1 (said) for any other
 * value: a pool newer than this uklink. */
static int fact_choice(struct uk_run *c, const char *key,
		       const char *const values[])
{
	const char *v = target_fact(&c->t, key);
	if (!v)
		return 0;
	for (int i = 0; values[i]; i++)
		if (!strcmp(v, values[i]))
			return i + 1;
	uk_error(&c->dg, c->pool.index_path, "the %s-%s target's %s '%s' is "
		 "not one uklink knows", c->o->arch, c->o->plat, key, v);
	return -1;
}

/* run_image: the form of the image the runner boots: `elf` (uklink's
 * output, the default) or `flat` (its loaded bytes as one file, flat.c),
 * written into the private directory; {image} names it from then on. */
static int image_form(struct uk_run *c)
{
	static const char *const forms[] = { "elf", "flat", 0 };
	int form = fact_choice(c, "run_image", forms);
	if (form < 0)
		return -1;
	if (form <= 1)
		return 0;	/* the ELF itself */
	if (run_tmpdir(c) < 0)
		return -1;
	const char *b = strrchr(c->o->image, '/');
	char *flat = xasprintf("%s/%s", c->cfgdir, b ? b + 1 : c->o->image);
	if (!c->o->dry_run && write_flat(&c->dg, c->o->image, flat) < 0) {
		unlink(flat);
		free(flat);
		return -1;
	}
	c->flat = flat;
	return 0;
}

/* The command: run_cmd, then run_args when there are guest arguments;
 * $<run_env> replaces its first word. *said gets "NAME:" of the runner. */
static int build_command(struct uk_run *c, struct uk_strv *a, char **said)
{
	int cfgs = 0;
	for (int i = 0; i < c->t.nfacts; i++)
		cfgs += !strcmp(c->t.facts[i].key, "run_cfg");
	if (cfgs) {
		char *text = config_text(c);
		if (!text || write_config(c, text) < 0) {
			free(text);
			return -1;
		}
		c->cfgtext = text;
	}
	if (expand_words(c, "run_cmd", a) < 0)
		return -1;
	if (!a->n) {
		uk_error(&c->dg, c->pool.index_path, "the %s-%s target has no "
			 "run_cmd fact: uklink cannot run its images",
			 c->o->arch, c->o->plat);
		return -1;
	}
	if (c->o->initrd && !is_file(c->o->initrd) && !c->o->dry_run) {
		uk_error(&c->dg, c->o->initrd, "no such initrd");
		return -1;
	}
	if (c->o->initrd && !takes(c, "run_initrd", "{initrd}")) {
		uk_error(&c->dg, c->pool.index_path, "the %s-%s target takes "
			 "no initrd (no run_initrd fact)", c->o->arch,
			 c->o->plat);
		return -1;
	}
	if (c->o->initrd && expand_words(c, "run_initrd", a) < 0)
		return -1;
	if (c->o->net_kind && add_net(c, a) < 0)
		return -1;
	if (c->o->guest_args.n && expand_words(c, "run_args", a) < 0)
		return -1;
	const char *b = strrchr(a->v[0], '/');
	*said = xasprintf("%s:", b ? b + 1 : a->v[0]);
	runner_from_env(c, a);
	foreign_prefix(c, a);
	return 0;
}

/* run exec: replace uklink by the command; its status is the guest's. */
static void run_exec(struct uk_run *c, struct uk_strv *a)
{
	/* A path without a slash would be looked up in $PATH. */
	if (!strcmp(a->v[0], c->o->image) && !strchr(a->v[0], '/')) {
		char *rel = xasprintf("./%s", a->v[0]);
		free(a->v[0]);
		a->v[0] = rel;
	}
	fflush(NULL);
	execvp(a->v[0], a->v);
	uk_error(&c->dg, c->o->image, "cannot run %s: %s", a->v[0],
		 strerror(errno));
}

/* On timeout: stop the runner, TERM first (a runner may clean up: the
 * Xen stand-in stops its QEMU), KILL after 5 s. */
static void stop_runner(int pid)
{
	kill(pid, SIGTERM);
	for (int i = 0; i < 50; i++) {
		if (waitpid(pid, NULL, WNOHANG) != 0)
			return;
		usleep(100000);
	}
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
}

/* The guest's status from the runner's (run_status); -1 after an error. */
static int guest_status(struct uk_run *c, const char *mode, int st,
			int runner_said, const struct status_scan *xs,
			const char *runner)
{
	if (xs->prefix) {
		if (xs->found)
			return xs->status;
		if (st == 0)
			return 0;
	} else if (!strcmp(mode, "debug-exit")) {
		if (st > 0 && st % 2 == 1 && !(st == 1 && runner_said))
			return (st - 1) / 2;
		if (st == 0) {
			uk_error(&c->dg, c->o->image, "the guest stopped "
				 "without an exit status (reset or power-off)");
			return -1;
		}
	} else if (st >= 0 && !(st == 1 && runner_said)) {
		return st; /* exit */
	}
	uk_error(&c->dg, c->o->image, "%s failed (status %d)", runner, st);
	return -1;
}

static int run_relay(struct uk_run *c, struct uk_strv *a, const char *said)
{
	const char *mode = target_fact(&c->t, "run_status");
	mode = mode ? mode : "exit";
	struct status_scan xs = { 0 };
	if (!strncmp(mode, "console ", 8))
		xs.prefix = mode + 8;
	const char *envname = target_fact(&c->t, "run_env");
	char *hint = envname ? xasprintf("; install it or set $%s", envname)
		: xstrdup("");
	int po, pe, pid = spawn_piped3(a->v, c->io.in_r, &po, &pe);
	runio_started(&c->io);
	if (pid < 0) {
		if (po < 0)
			uk_error(&c->dg, NULL, "pipe: %s", strerror(errno));
		else
			uk_error(&c->dg, NULL, "cannot run %s: %s%s", a->v[0],
				 strerror(errno), hint);
		if (po >= 0) {
			close(po);
			close(pe);
		}
		free(hint);
		return -1;
	}
	free(hint);
	int runner_said = 0;
	double deadline = c->o->timeout ? now() + (double)c->o->timeout : 0;
	int timed_out = runio_relay(&c->io, po, pe, deadline, said,
				    &runner_said, scan_hook, &xs);
	close(po);
	close(pe);
	if (timed_out) {
		/* then the target's run_kill (e.g. `xl destroy {name}`) */
		stop_runner(pid);
		struct uk_strv k = { 0 };
		if (expand_words(c, "run_kill", &k) == 0 && k.n) {
			runner_from_env(c, &k);
			run_wait(k.v);
		}
		strv_free(&k);
		uk_error(&c->dg, c->o->image, "timed out after %ld s; guest "
			 "killed", c->o->timeout);
		c->exit_status = 124;
		return -1;
	}
	int st = wait_child(pid);
	int g = guest_status(c, mode, st, runner_said, &xs, a->v[0]);
	c->exit_status = g < 0 ? 1 : g;
	return g < 0 ? -1 : 0;
}

/* Fact run_memory "image": the guest's -m MiB start at address 0 and
 * hold the image's segments at their physical addresses (kvm, xen). An
 * image that cannot fit would die before it can say so (kvm with -m 1:
 * no code at the entry point) or leave the refusal to the runner: say
 * how much it needs here. */
static int check_memory(struct uk_run *c)
{
	static const char *const hows[] = { "image", 0 };
	int how = fact_choice(c, "run_memory", hows);
	if (how <= 0)
		return how;
	char *d;
	size_t len;
	uint64_t end;
	if (read_whole(c->o->image, &d, &len) < 0)
		return 0; /* the runner says why */
	int ok = elf_load_end((const unsigned char *)d, len, &end);
	free(d);
	if (ok < 0) {
		uk_error(&c->dg, c->o->image, "not an ELF image of this target "
			 "(no program headers)");
		return -1;
	}
	if (end <= (uint64_t)c->o->memory_mb << 20)
		return 0;
	uk_error(&c->dg, c->o->image, "too little memory: the image needs "
		 "%llu KiB from address 0 (its segments end at %#llx), -m gives "
		 "%ld MiB; run it with -m %llu or more", (unsigned long long)
		 (end + 1023) >> 10, (unsigned long long)end, c->o->memory_mb,
		 (unsigned long long)(end + (1 << 20) - 1) >> 20);
	return -1;
}

static void run_image(struct uk_run *c)
{
	if (find_pool(&c->dg, &c->pool, c->o->pool, c->o->arch,
		      c->o->plat) < 0 ||
	    read_target(&c->dg, c->pool.index_path, &c->t) < 0)
		return;
	if (c->o->verbose)
		fprintf(stderr, "uklink: pool %s (from %s)\nuklink: target %s\n",
			c->pool.root, c->pool.from, c->pool.target_dir);
	const char *kind = target_fact(&c->t, "run");
	if (!kind || (strcmp(kind, "exec") && strcmp(kind, "relay"))) {
		uk_error(&c->dg, c->pool.index_path, "the %s-%s target %s: "
			 "uklink cannot run its images", c->o->arch, c->o->plat,
			 kind ? "has an unknown `run` fact" : "has no `run` fact");
		return;
	}
	const char *st = target_fact(&c->t, "run_status");
	if (st && strcmp(st, "debug-exit") && strcmp(st, "exit") &&
	    strncmp(st, "console ", 8)) {
		uk_error(&c->dg, c->pool.index_path, "the %s-%s target's "
			 "run_status '%s' is none of debug-exit, exit, console "
			 "PREFIX", c->o->arch, c->o->plat, st);
		return;
	}
	if (!c->o->dry_run && !is_file(c->o->image)) {
		uk_error(&c->dg, c->o->image, "no such image");
		return;
	}
	if (!c->o->dry_run && check_memory(c) < 0)
		return;
	c->name = instance_name(c->o->image);
	runio_init(&c->io, target_fact(&c->t, "run_stdin"),
		   target_fact(&c->t, "run_split"));
	struct uk_strv a = { 0 };
	char *said = NULL;
	if (image_form(c) == 0 && build_command(c, &a, &said) == 0) {
		if (c->o->dry_run && c->cfgtext)
			printf("# %s\n%s", c->cfgpath, c->cfgtext);
		if (c->o->dry_run || c->o->verbose) {
			FILE *f = c->o->dry_run ? stdout : stderr;
			for (int i = 0; i < c->env.n; i++)
				fprintf(f, "%s%s\n", c->o->dry_run ? "" :
					"uklink: run: env ", c->env.v[i]);
			print_cmd(f, c->o->dry_run ? "" : "uklink: run: ", a.v);
		}
		if (c->o->dry_run)
			c->exit_status = 0;
		else if (!strcmp(kind, "exec"))
			run_exec(c, &a);
		else
			run_relay(c, &a, said);
	}
	free(said);
	strv_free(&a);
}

int run_command(const struct uk_runopts *o)
{
	struct uk_run r = { .o = o }, *c = &r;
	run_image(c);
	if (c->cfgpath && !o->dry_run)
		unlink(c->cfgpath);
	if (c->flat && !o->dry_run)
		unlink(c->flat);
	if (c->cfgdir && !o->dry_run)
		rmdir(c->cfgdir);
	free(c->cfgpath);
	free(c->cfgdir);
	free(c->flat);
	free(c->cfgtext);
	free(c->name);
	runio_close(&c->io);
	strv_free(&c->env);
	poolloc_free(&c->pool);
	target_free(&c->t);
	if (c->dg.usage_error) {
		fputs("uklink: note: see 'uklink --help'\n", stderr);
		return 2;
	}
	if (c->dg.nerrors && !c->exit_status)
		return 1;
	return c->exit_status;
}

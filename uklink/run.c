/* run.c: `uklink run`: boot an image under QEMU, stream the console to
 * stdout and return the guest's exit status.
 *
 * The guest exits through isa-debug-exit: QEMU then exits with 2*s+1.
 * QEMU's own failures also exit 1 (which would read as guest status 0),
 * so QEMU's stderr is relayed and watched: a line starting with
 * "qemu-system-…:" means QEMU failed, and uklink exits 1.
 *
 * --plat xen runs the Xen-in-QEMU harness, tests/xen/boot.sh (found from
 * the uklink binary's source tree, or $UKLINK_XEN_BOOT), which prints the
 * guest console and exits 0 (poweroff), 3 (crash) or 4 (timeout or
 * harness failure). plat/xen prints "[xen] exit status N" before a
 * non-zero exit and shuts down with reason crash: the last such line
 * gives the status (127 without one); 4 becomes 124.
 */
#include "proc.h"
#include "run.h"
#include "uk.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void build_qemu_cmd(struct uk_run *c, struct uk_strv *a)
{
	const char *q = getenv("UKLINK_QEMU");
	const char *accel = c->o->accel;
	if (!accel) {
		const char *env = getenv("UK_QEMU_ACCEL");
		accel = env && *env ? env : "tcg";
	}
	if (q && *q)
		strv_push(a, q);
	else
		strv_pushf(a, "qemu-system-%s", c->o->arch);
	/* microvm: no BIOS (SeaBIOS would print on the serial port and
	 * double the boot time), PVH entry straight from QEMU. rtc=on: the
	 * wall clock (plat/kvm/rtc.c); microvm's default creates the RTC
	 * under TCG only. */
	const char *fixed[] = { "-M", "microvm,rtc=on", "-accel", accel, "-cpu", "max",
				NULL };
	for (int i = 0; fixed[i]; i++)
		strv_push(a, fixed[i]);
	strv_push(a, "-m");
	strv_pushf(a, "%ld", c->o->memory_mb);
	const char *rest[] = { "-nodefaults", "-no-user-config", "-nographic",
			       "-serial", "stdio", "-monitor", "none",
			       "-display", "none", "-no-reboot", "-device",
			       "isa-debug-exit,iobase=0xf4,iosize=0x04",
			       "-kernel", NULL };
	for (int i = 0; rest[i]; i++)
		strv_push(a, rest[i]);
	strv_push(a, c->o->image);
	if (c->o->guest_args.n) {
		/* the guest's parser splits at blanks and honours "…" */
		struct uk_buf b = { 0 };
		for (int i = 0; i < c->o->guest_args.n; i++) {
			const char *s = c->o->guest_args.v[i];
			int quote = !*s || strpbrk(s, " \t") != NULL;
			buf_printf(&b, "%s%s%s%s", i ? " " : "", quote ? "\"" : "",
				   s, quote ? "\"" : "");
		}
		strv_push(a, "-append");
		strv_push(a, b.p);
		free(b.p);
	}
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The console of a serial port sends "\r\n"; a pipe or file wants "\n".
 * Copies in to out (room for n + 1 bytes) without a '\r' that directly
 * precedes '\n'; one may end the previous chunk: *cr remembers it.
 * Returns the output length. */
static size_t crlf_to_lf(const char *in, size_t n, char *out, int *cr)
{
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		if (*cr && in[i] != '\n')
			out[o++] = '\r';
		*cr = in[i] == '\r';
		if (!*cr)
			out[o++] = in[i];
	}
	return o;
}

/* Relay the guest console (QEMU's stdout) and QEMU's stderr until both
 * are closed or the timeout passes; returns 1 on timeout. A stderr line
 * starting with "qemu-system-" means QEMU itself failed. */
/* Watches the console for XEN_STATUS lines; *status gets the last N. */
#define XEN_STATUS "[xen] exit status "
struct xen_scan {
	char line[32];
	size_t len;
	int *status;
};

static void xen_scan(struct xen_scan *x, const char *p, size_t n)
{
	for (size_t i = 0; x && i < n; i++) {
		if (p[i] == '\n' || p[i] == '\r') {
			size_t k = strlen(XEN_STATUS);
			if (x->len > k && !strncmp(x->line, XEN_STATUS, k))
				*x->status = atoi(x->line + k);
			x->len = 0;
		} else if (x->len < sizeof(x->line) - 1) {
			x->line[x->len++] = p[i];
			x->line[x->len] = 0;
		}
	}
}

static int relay_scan(struct uk_run *c, int out, int err, int *qemu_said,
		      struct xen_scan *xs);

static int relay(struct uk_run *c, int out, int err, int *qemu_said)
{
	return relay_scan(c, out, err, qemu_said, NULL);
}

static int relay_scan(struct uk_run *c, int out, int err, int *qemu_said,
		      struct xen_scan *xs)
{
	const char *prefix = "qemu-system-";
	double deadline = c->timeout ? now() + (double)c->timeout : 0;
	int at_line_start = 1, cr = 0, tty = isatty(1);
	struct pollfd p[2] = { { out, POLLIN, 0 }, { err, POLLIN, 0 } };
	char buf[4096], lf[sizeof(buf) + 1];
	while (p[0].fd >= 0 || p[1].fd >= 0) {
		int ms = -1;
		if (deadline) {
			double left = deadline - now();
			if (left <= 0)
				return 1;
			ms = (int)(left * 1000) + 1;
		}
		int r = poll(p, 2, ms);
		if (r < 0 && errno == EINTR)
			continue;
		for (int k = 0; r > 0 && k < 2; k++) {
			if (p[k].fd < 0 || !p[k].revents)
				continue;
			ssize_t n = read(p[k].fd, buf, sizeof(buf));
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				p[k].fd = -1;
				continue;
			}
			size_t len = (size_t)n;
			const char *data = buf;
			if (k == 0)
				xen_scan(xs, buf, len);
			if (k == 0 && !tty) {
				len = crlf_to_lf(buf, len, lf, &cr);
				data = lf;
			}
			if (k == 1) {
				size_t pl = strlen(prefix);
				if (at_line_start && !strncmp(buf, prefix,
						len < pl ? len : pl))
					*qemu_said = 1;
				at_line_start = buf[len - 1] == '\n';
			}
			ssize_t w = write(k ? 2 : 1, data, len);
			(void)w;
		}
	}
	if (cr) {
		ssize_t w = write(1, "\r", 1);
		(void)w;
	}
	return 0;
}

/* -v / -###: shows the command; returns 1 (and frees *a) on a dry run. */
static int shown_dry(struct uk_run *c, struct uk_strv *a)
{
	if (c->o->dry_run || c->o->verbose)
		print_cmd(c->o->dry_run ? stdout : stderr,
			  c->o->dry_run ? "" : "uklink: run: ", a->v);
	if (!c->o->dry_run)
		return 0;
	strv_free(a);
	c->exit_status = 0;
	return 1;
}

/* spawn_piped that reports its failure (hint: what to do about it,
 * appended to the message); returns the pid or -1. */
static int spawn_reported(struct uk_run *c, char **argv, const char *hint,
			  int *out, int *err)
{
	int pid = spawn_piped(argv, out, err);
	if (pid >= 0)
		return pid;
	if (*out < 0) {
		uk_error(&c->dg, NULL, "pipe: %s", strerror(errno));
		return -1;
	}
	uk_error(&c->dg, NULL, "cannot run %s: %s%s", argv[0], strerror(errno),
		 hint);
	close(*out);
	close(*err);
	return -1;
}

/* linuxu images are Linux programs: run them, return their status. */
static int run_linuxu(struct uk_run *c)
{
	struct uk_strv a = { 0 };
	strv_push(&a, c->o->image);
	for (int i = 0; i < c->o->guest_args.n; i++)
		strv_push(&a, c->o->guest_args.v[i]);
	if (c->o->dry_run || c->o->verbose)
		print_cmd(c->o->dry_run ? stdout : stderr,
			  c->o->dry_run ? "" : "uklink: run: ", a.v);
	if (c->o->dry_run) {
		strv_free(&a);
		return 0;
	}
	/* A path without a slash would be looked up in $PATH. */
	if (!strchr(a.v[0], '/')) {
		char *rel = xasprintf("./%s", a.v[0]);
		free(a.v[0]);
		a.v[0] = rel;
	}
	fflush(NULL);
	execv(a.v[0], a.v);
	uk_error(&c->dg, c->o->image, "cannot run: %s", strerror(errno));
	strv_free(&a);
	return -1;
}

/* tests/xen/boot.sh next to the uklink binary's source tree
 * (uklink/build/uklink -> ../../tests/xen/boot.sh), or $UKLINK_XEN_BOOT. */
static char *xen_boot_script(void)
{
	const char *env = getenv("UKLINK_XEN_BOOT");
	char exe[4096];
	if (env && *env)
		return xstrdup(env);
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return xstrdup("tests/xen/boot.sh");
	exe[n] = 0;
	char *slash = strrchr(exe, '/');
	if (slash)
		*slash = 0;
	return xasprintf("%s/../../tests/xen/boot.sh", exe);
}

static int run_xen(struct uk_run *c)
{
	struct uk_strv a = { 0 };
	char *boot = xen_boot_script();
	strv_push(&a, "sh");
	strv_push(&a, boot);
	strv_push(&a, c->o->image);
	strv_push(&a, "--memory");
	strv_pushf(&a, "%ld", c->o->memory_mb);
	if (c->o->timeout) {
		strv_push(&a, "--timeout");
		strv_pushf(&a, "%ld", c->o->timeout);
	}
	strv_push(&a, "--");
	/* boot.sh joins the arguments with blanks; the guest's parser
	 * honours "…" */
	for (int i = 0; i < c->o->guest_args.n; i++) {
		const char *s = c->o->guest_args.v[i];
		int quote = !*s || strpbrk(s, " \t") != NULL;
		strv_pushf(&a, "%s%s%s", quote ? "\"" : "", s, quote ? "\"" : "");
	}
	free(boot);
	if (shown_dry(c, &a))
		return 0;
	int po, pe;
	int pid = spawn_reported(c, a.v, "", &po, &pe);
	if (pid < 0) {
		strv_free(&a);
		return -1;
	}
	int qemu_said = 0, status = -1;
	struct xen_scan xs = { .status = &status };
	/* boot.sh keeps its own deadline; ours is a backstop. */
	c->timeout = c->o->timeout ? c->o->timeout + 60 : 0;
	int timed_out = relay_scan(c, po, pe, &qemu_said, &xs);
	if (timed_out)
		kill(pid, SIGKILL);
	close(po);
	close(pe);
	int st = wait_child(pid);
	int rc = 0;
	if (st == 0) {
		c->exit_status = 0;
	} else if (st == 3) {
		c->exit_status = status >= 0 ? status : 127;
	} else if (st == 4 || timed_out) {
		uk_error(&c->dg, c->o->image, "the guest did not finish (timeout or "
			 "Xen harness failure, see above)");
		c->exit_status = 124;
		rc = -1;
	} else {
		uk_error(&c->dg, c->o->image, "%s failed (status %d)", a.v[1], st);
		c->exit_status = 1;
		rc = -1;
	}
	strv_free(&a);
	return rc;
}

static int run_image(struct uk_run *c)
{
	struct uk_strv a = { 0 };
	if (strcmp(c->o->plat, "kvm") && strcmp(c->o->plat, "linuxu") &&
	    strcmp(c->o->plat, "xen")) {
		uk_usage(&c->dg, "uklink run: unknown platform '%s' (known: "
			 "kvm, linuxu, xen)", c->o->plat);
		return -1;
	}
	if (!c->o->dry_run && !is_file(c->o->image)) {
		uk_error(&c->dg, c->o->image, "no such image");
		return -1;
	}
	if (!strcmp(c->o->plat, "linuxu"))
		return run_linuxu(c);
	if (!strcmp(c->o->plat, "xen"))
		return run_xen(c);
	build_qemu_cmd(c, &a);
	if (shown_dry(c, &a))
		return 0;
	int po, pe;
	int pid = spawn_reported(c, a.v, "; install qemu-system-x86 or set "
				 "$UKLINK_QEMU", &po, &pe);
	if (pid < 0) {
		strv_free(&a);
		return -1;
	}
	int qemu_said = 0;
	int timed_out = relay(c, po, pe, &qemu_said);
	if (timed_out)
		kill(pid, SIGKILL);
	close(po);
	close(pe);
	int ws = 0;
	while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
		;
	int st = WIFEXITED(ws) ? WEXITSTATUS(ws) : -1;
	int rc = 0;
	if (timed_out) {
		uk_error(&c->dg, c->o->image, "timed out after %ld s; guest killed",
			 c->o->timeout);
		c->exit_status = 124;
		rc = -1;
	} else if (st < 0 || (st == 1 && qemu_said) || st % 2 == 0) {
		if (st == 0)
			uk_error(&c->dg, c->o->image, "the guest stopped without an "
				 "exit status (reset or power-off)");
		else
			uk_error(&c->dg, c->o->image, "%s failed (status %d)", a.v[0],
				 st);
		c->exit_status = 1;
		rc = -1;
	} else {
		c->exit_status = (st - 1) / 2;
	}
	strv_free(&a);
	return rc;
}

int run_command(const struct uk_runopts *o)
{
	struct uk_run r = { .o = o, .timeout = o->timeout }, *c = &r;
	run_image(c);
	if (c->dg.usage_error) {
		fputs("uklink: note: see 'uklink --help'\n", stderr);
		return 2;
	}
	if (c->dg.nerrors && !c->exit_status)
		return 1;
	return c->exit_status;
}

/* script.c: the generated linker script.
 *
 * The target's template (index record `template`) is copied with the
 * line holding the marker replaced by the `ldfrag` fragments of the linked
 * libraries, in library-name order. The template also gives the ENTRY
 * symbol (a resolution root) and, in lines containing `uklink-ldflags:`,
 * extra ld.lld flags the platform needs. Lines holding the TLS marker
 * are kept only for applications with thread-local variables.
 */
#include "uk.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define FRAG_MARKER "/* @UK_FRAGMENTS@ */"
#define FLAGS_MARKER "uklink-ldflags:"
/* Lines for thread-local storage (PT_TLS, .tdata, .tbss, the boot TLS
 * block): kept without the marker when a linked app member has TLS,
 * dropped otherwise, so that images without TLS do not pay for an empty
 * PT_TLS header. EXTERN(sym) on such a line makes sym a resolution root. */
#define TLS_MARKER "/* @UK_TLS@ */"

/* Words after FLAGS_MARKER up to the end of the line or a comment end. */
static void ldflags_line(struct uk_ctx *c, const char *line, size_t len)
{
	char *l = xstrndup(line, len);
	char *p = strstr(l, FLAGS_MARKER);
	if (p) {
		p += strlen(FLAGS_MARKER);
		char *end = strstr(p, "*/");
		if (end)
			*end = 0;
		for (char *w = strtok(p, " \t"); w; w = strtok(NULL, " \t"))
			strv_push(&c->ldflags_extra, w);
	}
	free(l);
}

/* ENTRY(sym) */
static char *entry_symbol(const char *t)
{
	const char *p = strstr(t, "ENTRY(");
	if (!p)
		return NULL;
	p += 6;
	while (*p == ' ' || *p == '\t')
		p++;
	const char *e = p;
	while (*e && *e != ')' && *e != ' ' && *e != '\t')
		e++;
	return e > p ? xstrndup(p, (size_t)(e - p)) : NULL;
}

int read_template(struct uk_ctx *c)
{
	char *path = xasprintf("%s/%s", c->pool.target_dir, c->t.template_rel);
	size_t len;
	int e = read_whole(path, &c->template_text, &len);
	if (e < 0) {
		uk_error(&c->dg, path, "cannot read the linker-script template: %s; "
			 "rebuild the pool", strerror(-e));
		free(path);
		return -1;
	}
	for (const char *l = c->template_text; *l;) {
		const char *nl = strchr(l, '\n');
		size_t n = nl ? (size_t)(nl - l) : strlen(l);
		ldflags_line(c, l, n);
		l += n + (nl != NULL);
	}
	char *entry = entry_symbol(c->template_text);
	if (entry) {
		int m = add_member(c, -1, c->t.template_rel, c->t.template_rel,
				   NULL, UK_M_SCRIPT);
		add_ref(c, m, entry, 0);
		free(entry);
	}
	free(path);
	return 0;
}

static int script_member(const struct uk_ctx *c)
{
	for (int m = 0; m < c->nmembers; m++)
		if (c->members[m].kind == UK_M_SCRIPT)
			return m;
	return -1;
}

/* App members come before resolution, all of them: an archive member with
 * TLS that resolution then leaves out still turns TLS on (harmless: an
 * empty TLS segment and the boot TLS setup). */
int tls_roots(struct uk_ctx *c)
{
	for (int m = 0; m < c->nmembers; m++)
		if (c->members[m].tls && (c->members[m].kind == UK_M_APPOBJ ||
					  c->members[m].kind == UK_M_APPMEMBER))
			c->has_tls = 1;
	if (!c->has_tls || !c->template_text)
		return 0;
	int sm = script_member(c), lines = 0;
	for (const char *l = c->template_text; (l = strstr(l, TLS_MARKER));) {
		const char *nl = strchr(l, '\n');
		size_t n = nl ? (size_t)(nl - l) : strlen(l);
		char *line = xstrndup(l, n), *x = strstr(line, "EXTERN(");
		lines++;
		if (x && sm >= 0) {
			x += 7;
			x[strcspn(x, ") \t")] = 0;
			if (*x)
				add_ref(c, sm, x, 0);
		}
		free(line);
		l += n;
	}
	if (!lines) {
		uk_error(&c->dg, c->t.template_rel, "the application has thread-local "
			 "variables, but this template has no %s lines",
			 TLS_MARKER);
		return -1;
	}
	return 0;
}

static int append_fragments(struct uk_ctx *c, struct uk_buf *b)
{
	int rc = 0;
	/* libraries are sorted by name in the index; sort anyway */
	int *order = xmalloc(sizeof(int) * (size_t)(c->nlibs + 1)), n = 0;
	for (int l = 0; l < c->nlibs; l++) {
		int k = n++;
		while (k > 0 && strcmp(c->libs[order[k - 1]].name, c->libs[l].name) > 0) {
			order[k] = order[k - 1];
			k--;
		}
		order[k] = l;
	}
	for (int i = 0; i < n; i++) {
		struct uk_lib *l = &c->libs[order[i]];
		for (int f = 0; l->selected && f < l->ldfrags.n; f++) {
			char *p = xasprintf("%s/%s", c->pool.target_dir, l->ldfrags.v[f]);
			char *d;
			size_t len;
			int e = read_whole(p, &d, &len);
			if (e < 0) {
				uk_error(&c->dg, p, "cannot read the linker-script "
					 "fragment of %s: %s", l->name, strerror(-e));
				rc = -1;
			} else {
				buf_printf(b, "/* %s: %s */\n", l->name, l->ldfrags.v[f]);
				buf_add(b, d, len);
				if (len && d[len - 1] != '\n')
					buf_adds(b, "\n");
				free(d);
			}
			free(p);
		}
	}
	free(order);
	return rc;
}

int write_script(struct uk_ctx *c)
{
	struct uk_buf b = { 0 };
	int found = 0, rc = 0;
	for (const char *l = c->template_text; *l;) {
		const char *nl = strchr(l, '\n');
		size_t n = nl ? (size_t)(nl - l) + 1 : strlen(l);
		char *line = xstrndup(l, n);
		char *tls = strstr(line, TLS_MARKER);
		if (!found && strstr(line, FRAG_MARKER)) {
			found = 1;
			if (append_fragments(c, &b) < 0)
				rc = -1;
		} else if (tls) {
			if (c->has_tls) {
				buf_add(&b, line, (size_t)(tls - line));
				buf_adds(&b, tls + strlen(TLS_MARKER));
			}
		} else
			buf_add(&b, line, n);
		free(line);
		l += n;
	}
	if (!found)
		uk_error(&c->dg, c->t.template_rel, "the template has no line with %s; "
			 "rebuild the pool", FRAG_MARKER);
	c->script_path = xasprintf("%s/link.ld", c->tmpdir);
	if (found && rc == 0 && !c->o.dry_run) {
		FILE *f = fopen(c->script_path, "w");
		int ok = f && fwrite(b.p, 1, b.n, f) == b.n;
		if (f && fclose(f) != 0)
			ok = 0;
		if (!ok) {
			uk_error(&c->dg, c->script_path, "cannot write: %s",
				 strerror(errno));
			rc = -1;
		}
	}
	free(b.p);
	return found ? rc : -1;
}

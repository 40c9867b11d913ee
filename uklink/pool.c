/* pool.c: find the pool root and check it has our target and LLVM major.
 *
 * Search order: --pool, $UKLINK_POOL, the installed pool next to the
 * binary (PREFIX/bin/uklink -> PREFIX/lib/uklink/pool, so an installed tree
 * can be moved), then the in-tree build/pool next to the uklink binary's
 * source tree (uklink/build/uklink -> ../../build/pool).
 */
#include "uk.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* REL resolved against the directory of the running uklink binary. */
static char *beside_exe(const char *rel)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return NULL;
	exe[n] = 0;
	char *slash = strrchr(exe, '/');
	if (!slash)
		return NULL;
	*slash = 0;
	char *p = xasprintf("%s/%s", exe, rel);
	char real[PATH_MAX];
	if (realpath(p, real)) {
		free(p);
		return xstrdup(real);
	}
	return p;
}

/* Collect the names of the subdirectories of `dir` matching `prefix`. */
static void list_dirs(const char *dir, const char *prefix, struct uk_strv *out)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	struct uk_strv tmp = { 0 };
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' || strncmp(e->d_name, prefix, strlen(prefix)))
			continue;
		char *p = xasprintf("%s/%s", dir, e->d_name);
		if (is_dir(p))
			strv_push(&tmp, e->d_name);
		free(p);
	}
	closedir(d);
	/* sorted, for stable messages */
	for (int i = 0; i < tmp.n; i++)
		for (int j = i + 1; j < tmp.n; j++)
			if (strcmp(tmp.v[i], tmp.v[j]) > 0) {
				char *t = tmp.v[i];
				tmp.v[i] = tmp.v[j];
				tmp.v[j] = t;
			}
	for (int i = 0; i < tmp.n; i++)
		strv_push(out, tmp.v[i]);
	strv_free(&tmp);
}

static int choose_root(struct uk_ctx *c)
{
	const char *env = getenv("UKLINK_POOL");
	if (c->o.pool) {
		c->pool_root = xstrdup(c->o.pool);
		c->pool_from = "--pool";
	} else if (env && *env) {
		c->pool_root = xstrdup(env);
		c->pool_from = "$UKLINK_POOL";
	} else {
		char *inst = beside_exe("../lib/uklink/pool");
		char *tree = beside_exe("../../build/pool");
		if (inst && is_dir(inst)) {
			c->pool_root = inst;
			c->pool_from = "installed default";
			free(tree);
		} else if (tree && is_dir(tree)) {
			c->pool_root = tree;
			c->pool_from = "in-tree build";
			free(inst);
		} else {
			uk_error(c, NULL,
				 "no pool at %s or %s; build one with `make pool` "
				 "or pass --pool",
				 inst ? inst : "PREFIX/lib/uklink/pool",
				 tree ? tree : "build/pool");
			free(inst);
			free(tree);
			return -1;
		}
	}
	if (!is_dir(c->pool_root)) {
		uk_error(c, NULL,
			 "no pool at %s; build one with `make pool` or pass --pool",
			 c->pool_root);
		return -1;
	}
	return 0;
}

/* The pool root exists but has no v0.1-llvm19: explain why. */
static void explain_missing_version(struct uk_ctx *c)
{
	struct uk_strv vers = { 0 };
	list_dirs(c->pool_root, "v", &vers);
	for (int i = 0; i < vers.n; i++) {
		const char *l = strstr(vers.v[i], "-llvm");
		if (l && atoi(l + 5) != UK_LLVM_MAJOR) {
			uk_error(c, c->pool_root,
				 "pool built by LLVM %d; this uklink uses LLVM %d "
				 "(ld.lld-%d): rebuild the pool",
				 atoi(l + 5), UK_LLVM_MAJOR, UK_LLVM_MAJOR);
			strv_free(&vers);
			return;
		}
	}
	uk_error(c, c->pool_root,
		 "no pool of version %s for LLVM %d here; build one with "
		 "`make pool` or pass --pool",
		 UK_POOL_VERSION, UK_LLVM_MAJOR);
	strv_free(&vers);
}

static void explain_missing_target(struct uk_ctx *c, const char *vdir)
{
	struct uk_strv t = { 0 }, same = { 0 };
	list_dirs(vdir, "", &t);
	size_t al = strlen(c->o.arch);
	for (int i = 0; i < t.n; i++)
		if (!strncmp(t.v[i], c->o.arch, al) && t.v[i][al] == '-')
			strv_push(&same, t.v[i] + al + 1);
	struct uk_buf b = { 0 };
	const struct uk_strv *l = same.n ? &same : &t;
	for (int i = 0; i < l->n; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", l->v[i]);
	if (same.n)
		uk_error(c, c->pool_root,
			 "platform '%s' (%s) is not in this pool; it has: %s",
			 c->o.plat, c->o.arch, b.p);
	else
		uk_error(c, c->pool_root,
			 "target %s-%s is not in this pool; it has: %s",
			 c->o.arch, c->o.plat, b.n ? b.p : "nothing");
	free(b.p);
	strv_free(&t);
	strv_free(&same);
}

int find_pool(struct uk_ctx *c, const char *argv0)
{
	(void)argv0;
	if (choose_root(c) < 0)
		return -1;
	char *vdir = xasprintf("%s/v%s-llvm%d", c->pool_root, UK_POOL_VERSION,
			       UK_LLVM_MAJOR);
	if (!is_dir(vdir)) {
		explain_missing_version(c);
		free(vdir);
		return -1;
	}
	c->target_dir = xasprintf("%s/%s-%s", vdir, c->o.arch, c->o.plat);
	c->index_path = xasprintf("%s/index.tsv", c->target_dir);
	if (!is_dir(c->target_dir)) {
		explain_missing_target(c, vdir);
		free(vdir);
		return -1;
	}
	free(vdir);
	if (!is_file(c->index_path)) {
		uk_error(c, c->index_path,
			 "missing pool index; rebuild the pool with `make pool`");
		return -1;
	}
	return 0;
}

/* --cflags: the pool's headers as the system headers. With --libc NAME,
 * that library's own headers (include/NAME/, newlib's) come first; the
 * pool's include/ stays after them for every other library's headers
 * (uk/, lwip/, ...) and the freestanding ones (stddef.h, stdarg.h). */
int print_cflags(struct uk_ctx *c)
{
	char *own = NULL;
	if (c->o.libc) {
		int l = check_libc(c), dflt = 1;
		if (l < 0)
			return -1;
		/* the default (lowest-ranked) C library's headers are the
		 * pool's include/ itself: nolibc's */
		for (int k = 0; k < c->nlibs; k++)
			if (c->libs[k].group && !strcmp(c->libs[k].group, "libc")
			    && c->libs[k].rank < c->libs[l].rank)
				dflt = 0;
		own = xasprintf("%s/include/%s", c->target_dir, c->o.libc);
		if (!is_dir(own)) {
			if (!dflt) {
				uk_error(c, NULL, "--libc %s: the pool has no "
					 "headers for it (%s)", c->o.libc, own);
				free(own);
				return -1;
			}
			free(own);
			own = NULL;
		}
	}
	printf("-nostdinc%s%s -isystem %s/include\n", own ? " -isystem " : "",
	       own ? own : "", c->target_dir);
	free(own);
	return 0;
}

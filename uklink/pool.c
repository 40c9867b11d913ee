/* pool.c: find the pool root and check it has our target and LLVM major.
 *
 * Search order: --pool, $UKLINK_POOL, the installed pool next to the
 * binary (PREFIX/bin/uklink -> PREFIX/lib/uklink/pool, so an installed tree
 * can be moved), then the in-tree build/pool next to the uklink binary's
 * source tree (uklink/build/uklink -> ../../build/pool).
 */
#include "uk.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

static int choose_root(struct uk_diag *dg, struct uk_poolloc *c,
		       const char *pool)
{
	const char *env = getenv("UKLINK_POOL");
	if (pool) {
		c->root = xstrdup(pool);
		c->from = "--pool";
	} else if (env && *env) {
		c->root = xstrdup(env);
		c->from = "$UKLINK_POOL";
	} else {
		char *inst = beside_exe("../lib/uklink/pool");
		char *tree = beside_exe("../../build/pool");
		if (inst && is_dir(inst)) {
			c->root = inst;
			c->from = "installed default";
			free(tree);
		} else if (tree && is_dir(tree)) {
			c->root = tree;
			c->from = "in-tree build";
			free(inst);
		} else {
			uk_error(dg, NULL,
				 "no pool at %s or %s; build one with `make pool` "
				 "or pass --pool",
				 inst ? inst : "PREFIX/lib/uklink/pool",
				 tree ? tree : "build/pool");
			free(inst);
			free(tree);
			return -1;
		}
	}
	if (!is_dir(c->root)) {
		uk_error(dg, NULL,
			 "no pool at %s; build one with `make pool` or pass --pool",
			 c->root);
		return -1;
	}
	return 0;
}

/* The pool root exists but has no v0.1-llvm19: explain why. */
static void explain_missing_version(struct uk_diag *dg,
				    const struct uk_poolloc *c)
{
	struct uk_strv vers = { 0 };
	list_dirs(c->root, "v", &vers);
	for (int i = 0; i < vers.n; i++) {
		const char *l = strstr(vers.v[i], "-llvm");
		if (l && atoi(l + 5) != UK_LLVM_MAJOR) {
			uk_error(dg, c->root,
				 "pool built by LLVM %d; this uklink uses LLVM %d "
				 "(ld.lld-%d): rebuild the pool",
				 atoi(l + 5), UK_LLVM_MAJOR, UK_LLVM_MAJOR);
			strv_free(&vers);
			return;
		}
	}
	uk_error(dg, c->root,
		 "no pool of version %s for LLVM %d here; build one with "
		 "`make pool` or pass --pool",
		 UK_POOL_VERSION, UK_LLVM_MAJOR);
	strv_free(&vers);
}

static void explain_missing_target(struct uk_diag *dg,
				   const struct uk_poolloc *c,
				   const char *vdir, const char *arch,
				   const char *plat)
{
	struct uk_strv t = { 0 }, same = { 0 };
	list_dirs(vdir, "", &t);
	size_t al = strlen(arch);
	for (int i = 0; i < t.n; i++)
		if (!strncmp(t.v[i], arch, al) && t.v[i][al] == '-')
			strv_push(&same, t.v[i] + al + 1);
	struct uk_buf b = { 0 };
	const struct uk_strv *l = same.n ? &same : &t;
	for (int i = 0; i < l->n; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", l->v[i]);
	if (same.n)
		uk_error(dg, c->root,
			 "platform '%s' (%s) is not in this pool; it has: %s",
			 plat, arch, b.p);
	else
		uk_error(dg, c->root,
			 "target %s-%s is not in this pool; it has: %s",
			 arch, plat, b.n ? b.p : "nothing");
	free(b.p);
	strv_free(&t);
	strv_free(&same);
}

int find_pool(struct uk_diag *dg, struct uk_poolloc *c, const char *pool,
	      const char *arch, const char *plat)
{
	if (choose_root(dg, c, pool) < 0)
		return -1;
	char *vdir = xasprintf("%s/v%s-llvm%d", c->root, UK_POOL_VERSION,
			       UK_LLVM_MAJOR);
	if (!is_dir(vdir)) {
		explain_missing_version(dg, c);
		free(vdir);
		return -1;
	}
	c->target_dir = xasprintf("%s/%s-%s", vdir, arch, plat);
	c->index_path = xasprintf("%s/index.tsv", c->target_dir);
	if (!is_dir(c->target_dir)) {
		explain_missing_target(dg, c, vdir, arch, plat);
		free(vdir);
		return -1;
	}
	free(vdir);
	if (!is_file(c->index_path)) {
		uk_error(dg, c->index_path,
			 "missing pool index; rebuild the pool with `make pool`");
		return -1;
	}
	return 0;
}

void poolloc_free(struct uk_poolloc *p)
{
	free(p->root);
	free(p->target_dir);
	free(p->index_path);
}

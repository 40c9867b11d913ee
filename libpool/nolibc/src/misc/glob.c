/* glob: the pattern is walked one component at a time; a component with
 * wildcards is matched (fnmatch) against its directory's entries, one
 * without is taken as it is, and the whole path must exist at the end. */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct ctx {
	glob_t *g;
	int flags;
	int (*errfunc)(const char *, int);
	size_t cap;
};

static int magic(const char *p, size_t n, int flags)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (p[i] == '\\' && !(flags & GLOB_NOESCAPE))
			i++;
		else if (p[i] == '*' || p[i] == '?' || p[i] == '[')
			return 1;
	}
	return 0;
}

static int add(struct ctx *c, const char *path, int dir)
{
	glob_t *g = c->g;
	size_t n = strlen(path);
	char **v, *s;

	if (g->gl_offs + g->gl_pathc + 2 > c->cap) {
		c->cap = c->cap ? 2 * c->cap : g->gl_offs + 16;
		v = realloc(g->gl_pathv, c->cap * sizeof(*v));
		if (!v)
			return GLOB_NOSPACE;
		g->gl_pathv = v;
	}
	s = malloc(n + 2);
	if (!s)
		return GLOB_NOSPACE;
	memcpy(s, path, n + 1);
	if (dir && c->flags & GLOB_MARK && (!n || s[n - 1] != '/'))
		s[n] = '/', s[n + 1] = 0;
	g->gl_pathv[g->gl_offs + g->gl_pathc++] = s;
	g->gl_pathv[g->gl_offs + g->gl_pathc] = NULL;
	return 0;
}

/* @buf holds the path so far (@len bytes), @p the rest of the pattern. */
static int walk(struct ctx *c, char *buf, size_t len, const char *p)
{
	struct stat st;
	struct dirent *e;
	size_t n;
	DIR *d;
	int r = 0;

	while (*p == '/') {
		if (len + 1 >= PATH_MAX)
			return 0;
		buf[len++] = *p++;
	}
	buf[len] = 0;
	if (!*p) {
		if (stat(len ? buf : ".", &st) < 0)
			return 0;
		if (c->flags & GLOB_ONLYDIR && !S_ISDIR(st.st_mode))
			return 0;
		return add(c, buf, S_ISDIR(st.st_mode));
	}
	n = strcspn(p, "/");
	if (!magic(p, n, c->flags)) {
		size_t i, k = len;

		for (i = 0; i < n && k + 1 < PATH_MAX; i++) {
			if (p[i] == '\\' && !(c->flags & GLOB_NOESCAPE) && i + 1 < n)
				i++;
			buf[k++] = p[i];
		}
		return walk(c, buf, k, p + n);
	}
	d = opendir(len ? buf : ".");
	if (!d) {
		if ((c->errfunc && c->errfunc(buf, errno)) ||
		    c->flags & GLOB_ERR)
			return GLOB_ABORTED;
		return 0;
	}
	char comp[NAME_MAX + 1];

	if (n > NAME_MAX)
		n = NAME_MAX;
	memcpy(comp, p, n);
	comp[n] = 0;
	while (!r && (e = readdir(d))) {
		size_t el = strlen(e->d_name);

		if (fnmatch(comp, e->d_name, (c->flags & GLOB_PERIOD ? 0 :
			    FNM_PERIOD) | (c->flags & GLOB_NOESCAPE ?
			    FNM_NOESCAPE : 0)) ||
		    len + el + 1 >= PATH_MAX)
			continue;
		memcpy(buf + len, e->d_name, el + 1);
		r = walk(c, buf, len + el, p + n);
	}
	closedir(d);
	return r;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int glob(const char *pat, int flags, int (*errfunc)(const char *, int),
	 glob_t *g)
{
	struct ctx c = { g, flags, errfunc, 0 };
	size_t first, i;
	char *buf;
	int r;

	if (!(flags & GLOB_APPEND)) {
		g->gl_pathc = 0;
		g->gl_pathv = NULL;
		if (!(flags & GLOB_DOOFFS))
			g->gl_offs = 0;
	} else {
		c.cap = g->gl_offs + g->gl_pathc + 1;
	}
	if (!g->gl_pathv) {
		c.cap = g->gl_offs + 1;
		g->gl_pathv = calloc(c.cap, sizeof(char *));
		if (!g->gl_pathv)
			return GLOB_NOSPACE;
	}
	first = g->gl_pathc;
	buf = malloc(PATH_MAX);
	if (!buf)
		return GLOB_NOSPACE;
	r = walk(&c, buf, 0, pat);
	free(buf);
	if (!r && g->gl_pathc == first) {
		if (flags & GLOB_NOCHECK ||
		    (flags & GLOB_NOMAGIC && !magic(pat, strlen(pat), flags)))
			r = add(&c, pat, 0);
		else
			r = GLOB_NOMATCH;
	}
	if (!(flags & GLOB_NOSORT))
		qsort(g->gl_pathv + g->gl_offs + first, g->gl_pathc - first,
		      sizeof(char *), cmp);
	for (i = 0; i < g->gl_offs; i++)
		if (!(flags & GLOB_APPEND))
			g->gl_pathv[i] = NULL;
	g->gl_flags = flags;
	return r;
}

void globfree(glob_t *g)
{
	size_t i;

	for (i = 0; i < g->gl_pathc; i++)
		free(g->gl_pathv[g->gl_offs + i]);
	free(g->gl_pathv);
	g->gl_pathv = NULL;
	g->gl_pathc = 0;
}

/* linkcache.c: an on-disk cache of ld.lld's results, keyed by what the
 * link reads ($UKLINK_CACHE=DIR; unset or empty: no cache).
 *
 * Almost all of a link's time is ld.lld's LTO (docs/performance.md), and
 * a relink whose inputs did not change (a build that recompiles the same
 * objects, a test suite linking the same program again) redoes all of it.
 * The key is SHA-256 over the ld.lld executable's identity (path, inode,
 * size, mtime), every argument, and the content of every argument that
 * names a file (objects, archives, the linker script, the options
 * module); the temporary paths (-o, the private temp dir) enter by role,
 * not by name. An entry is KEY.img (the image ld.lld wrote) and KEY.log
 * (its stdout and stderr, replayed through the same parser on a hit, so
 * notes and warnings do not change). Only successful links are stored.
 * Entries are written to temporary names and renamed, so links running
 * side by side see whole entries or none; the oldest (by last use) go
 * beyond $UKLINK_CACHE_MAX entries (default 64). A command that makes
 * ld.lld write another file (-Map, --why-extract, ...) is not cached. */
#include "uk.h"
#include "proc.h"
#include "sha256.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void hash_str(struct sha256 *s, const char *tag, const char *str)
{
	size_t n = strlen(str);
	sha256_update(s, tag, strlen(tag) + 1);
	sha256_update(s, &n, sizeof(n));
	sha256_update(s, str, n);
}

static int hash_file(struct sha256 *s, const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	static unsigned char b[1 << 16];
	ssize_t n;
	while ((n = read(fd, b, sizeof(b))) > 0)
		sha256_update(s, b, (size_t)n);
	close(fd);
	return n < 0 ? -1 : 0;
}

/* The executable argv[0] runs: as execvp finds it. */
static char *find_exe(const char *name)
{
	if (strchr(name, '/'))
		return xstrdup(name);
	const char *path = getenv("PATH");
	for (const char *p = path ? path : "/usr/bin:/bin"; *p;) {
		const char *e = strchr(p, ':');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char *f = xasprintf("%.*s/%s", (int)n, n ? p : ".", name);
		if (access(f, X_OK) == 0)
			return f;
		free(f);
		p += n + (e != NULL);
	}
	return NULL;
}

/* ld.lld options that write a file besides the image: the cache would
 * not restore it, so a link with one of them is not cached. */
static int writes_more(const struct uk_strv *a)
{
	static const char *const opts[] = {
		"-Map", "--Map", "--dependency-file", "--why-extract",
		"--print-archive-stats", "--time-trace", "--save-temps",
		"--lto-emit-asm", "--plugin-opt=emit-asm", "--reproduce",
	};
	for (int i = 1; i < a->n; i++)
		for (size_t k = 0; k < sizeof(opts) / sizeof(opts[0]); k++)
			if (!strncmp(a->v[i], opts[k], strlen(opts[k])))
				return 1;
	return 0;
}

static int make_key(struct uk_ctx *c, char hex[65])
{
	struct sha256 s;
	struct stat st;
	sha256_init(&s);
	hash_str(&s, "uklink-linkcache", "1");
	char *exe = find_exe(c->ldcmd.v[0]);
	if (!exe || stat(exe, &st) < 0) {
		free(exe);
		return -1; /* run_capture2 says why */
	}
	char *id = xasprintf("%s %llu %lld %lld.%09ld", exe,
			     (unsigned long long)st.st_ino, (long long)st.st_size,
			     (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
	hash_str(&s, "ld", id);
	free(id);
	free(exe);
	size_t tl = c->tmpdir ? strlen(c->tmpdir) : 0;
	for (int i = 1; i < c->ldcmd.n; i++) {
		const char *a = c->ldcmd.v[i];
		if (c->tmp_out && !strcmp(a, c->tmp_out)) {
			hash_str(&s, "out", "");
		} else if (is_file(a)) {
			int tmp = tl && !strncmp(a, c->tmpdir, tl) && a[tl] == '/';
			hash_str(&s, "file", tmp ? a + tl : a);
			if (hash_file(&s, a) < 0)
				return -1;
		} else {
			hash_str(&s, "arg", a);
		}
	}
	unsigned char d[32];
	sha256_final(&s, d);
	for (int i = 0; i < 32; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
	return 0;
}

static int copy_file(const char *from, const char *to)
{
	char *data;
	size_t len;
	if (read_whole(from, &data, &len) < 0)
		return -1;
	int fd = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	ssize_t w = fd < 0 ? -1 : write(fd, data, len);
	free(data);
	if (fd >= 0 && close(fd) < 0)
		w = -1;
	return w == (ssize_t)len ? 0 : -1;
}

/* Write data to path through a temporary name in the same directory. */
static int put_atomic(const char *path, const char *from, const char *data,
		      size_t len)
{
	char *tmp = xasprintf("%s.XXXXXX", path);
	int fd = mkstemp(tmp), ok = fd >= 0;
	if (ok && from) {
		close(fd);
		ok = copy_file(from, tmp) == 0;
	} else if (ok) {
		ok = write(fd, data, len) == (ssize_t)len;
		ok = close(fd) == 0 && ok;
	}
	ok = ok && rename(tmp, path) == 0;
	if (!ok)
		unlink(tmp);
	free(tmp);
	return ok ? 0 : -1;
}

/* KEY.log: "OUTLEN\n" OUT ERR */
static int load(const char *log, char **out, char **err)
{
	char *d, *end;
	size_t len;
	if (read_whole(log, &d, &len) < 0)
		return -1;
	unsigned long long n = strtoull(d, &end, 10);
	if (end == d || *end != '\n' || n > len - (size_t)(end + 1 - d)) {
		free(d);
		return -1;
	}
	end++;
	*out = xstrndup(end, (size_t)n);
	*err = xstrndup(end + n, len - (size_t)(end + n - d));
	free(d);
	return 0;
}

static void prune(const char *dir)
{
	const char *m = getenv("UKLINK_CACHE_MAX");
	long max = m && *m ? strtol(m, NULL, 10) : 64;
	for (;;) {
		DIR *d = opendir(dir);
		if (!d)
			return;
		struct dirent *e;
		long n = 0;
		char *oldest = NULL;
		struct timespec ot = { 0 };
		while ((e = readdir(d))) {
			size_t l = strlen(e->d_name);
			if (l != 68 || strcmp(e->d_name + 64, ".img"))
				continue;
			n++;
			struct stat st;
			char *p = xasprintf("%s/%s", dir, e->d_name);
			if (stat(p, &st) == 0 && (!oldest ||
			    st.st_mtim.tv_sec < ot.tv_sec ||
			    (st.st_mtim.tv_sec == ot.tv_sec &&
			     st.st_mtim.tv_nsec < ot.tv_nsec))) {
				free(oldest);
				oldest = p;
				ot = st.st_mtim;
			} else {
				free(p);
			}
		}
		closedir(d);
		if (n <= max || !oldest) {
			free(oldest);
			return;
		}
		unlink(oldest); /* the image first: its presence is the entry */
		strcpy(oldest + strlen(oldest) - 4, ".log");
		unlink(oldest);
		free(oldest);
	}
}

int linkcache_run(struct uk_ctx *c, char **out, char **err)
{
	const char *dir = getenv("UKLINK_CACHE");
	char key[65];
	if (!dir || !*dir || !c->tmp_out || writes_more(&c->ldcmd) ||
	    make_key(c, key) < 0)
		return run_capture2(c->ldcmd.v, out, err);
	char *img = xasprintf("%s/%s.img", dir, key);
	char *log = xasprintf("%s/%s.log", dir, key);
	int st;
	if (is_file(img) && load(log, out, err) == 0 &&
	    copy_file(img, c->tmp_out) == 0) {
		utimensat(AT_FDCWD, img, NULL, 0); /* last use, for prune() */
		if (c->o.verbose)
			fprintf(stderr, "uklink: link cache: hit %s\n", key);
		st = 0;
	} else {
		st = run_capture2(c->ldcmd.v, out, err);
		if (st == 0) {
			struct uk_buf b = { 0 };
			buf_printf(&b, "%zu\n", strlen(*out));
			buf_adds(&b, *out);
			buf_adds(&b, *err);
			mkdir(dir, 0700);
			int ok = put_atomic(log, NULL, b.p, b.n) == 0 &&
				 put_atomic(img, c->tmp_out, NULL, 0) == 0;
			free(b.p);
			if (c->o.verbose)
				fprintf(stderr, "uklink: link cache: %s %s\n",
					ok ? "stored" : "cannot store", key);
			prune(dir);
		}
	}
	free(img);
	free(log);
	return st;
}

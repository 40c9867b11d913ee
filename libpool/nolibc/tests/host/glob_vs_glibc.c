/* Host test: nolibc's glob and fnmatch (compiled against glibc's headers
 * with an nl_ prefix, tests/test_nolibc_host.py) against glibc's, over a
 * tree this program makes in the directory it is given. Prints SUCCESS,
 * or what differs. */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <glob.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

int nl_glob(const char *pat, int flags, int (*errfunc)(const char *, int),
	    glob_t *g);
void nl_globfree(glob_t *g);
int nl_fnmatch(const char *pat, const char *s, int flags);

static int fails;

static void globs(const char *pat, int flags)
{
	glob_t a, b;
	int ra = glob(pat, flags, NULL, &a), rb = nl_glob(pat, flags, NULL, &b);
	size_t i;

	if (ra != rb || (!ra && a.gl_pathc != b.gl_pathc)) {
		printf("FAIL glob(%s, %#x): glibc %d/%zu, nolibc %d/%zu\n", pat,
		       flags, ra, ra ? 0 : a.gl_pathc, rb, rb ? 0 : b.gl_pathc);
		fails++;
	} else if (!ra) {
		for (i = 0; i < a.gl_pathc; i++)
			if (strcmp(a.gl_pathv[i], b.gl_pathv[i])) {
				printf("FAIL glob(%s, %#x) #%zu: %s / %s\n", pat,
				       flags, i, a.gl_pathv[i], b.gl_pathv[i]);
				fails++;
			}
	}
	if (!ra)
		globfree(&a);
	if (!rb)
		nl_globfree(&b);
}

static void touch(const char *p)
{
	close(open(p, O_CREAT | O_WRONLY, 0644));
}

int main(int argc, char **argv)
{
	static const char *const pats[][2] = {
		{ "*.c", "a.c" }, { "*.c", "a.h" }, { "a*b*c", "axxbyyc" },
		{ "a*b*c", "axxbyy" }, { "?", "a" }, { "?", "ab" },
		{ "[a-c]x", "bx" }, { "[!a-c]x", "dx" }, { "[!a-c]x", "ax" },
		{ "*", "/a" }, { "\\*", "*" }, { "\\*", "a" }, { "[]]", "]" },
		{ "*.txt", ".x.txt" }, { "a/*", "a/b" }, { "a/*", "a/b/c" },
		{ "[[:alpha:]]", "a" }, { "[[:digit:]x]", "7" },
		{ "*[0-9]*", "ab7cd" }, { "**", "x" }, { "", "" }, { "", "a" },
		{ "a[", "a[" }, { "*/.x", "d/.x" }, { "*", ".hidden" },
	};
	static const int fl[] = { 0, FNM_PATHNAME, FNM_PERIOD,
				  FNM_PATHNAME | FNM_PERIOD, FNM_CASEFOLD,
				  FNM_NOESCAPE };
	size_t i, f;

	for (i = 0; i < sizeof(pats) / sizeof(*pats); i++)
		for (f = 0; f < sizeof(fl) / sizeof(*fl); f++)
			if (!fnmatch(pats[i][0], pats[i][1], fl[f]) !=
			    !nl_fnmatch(pats[i][0], pats[i][1], fl[f])) {
				printf("FAIL fnmatch(%s, %s, %#x)\n", pats[i][0],
				       pats[i][1], fl[f]);
				fails++;
			}
	if (argc < 2 || chdir(argv[1]) < 0)
		return 2;
	mkdir("a", 0755);
	mkdir("a/x", 0755);
	mkdir("b", 0755);
	mkdir(".h", 0755);
	touch("a/1.c");
	touch("a/2.c");
	touch("a/x/3.c");
	touch("b/4.h");
	touch(".h/5.c");
	touch(".dot");
	touch("top.c");
	globs("*", 0);
	globs("*", GLOB_MARK);
	globs("*", GLOB_PERIOD);
	globs(".*", 0);
	globs("*/*.c", 0);
	globs("*/*", GLOB_ONLYDIR);
	globs("a/[0-9].c", 0);
	globs("a/*/*.c", 0);
	globs("none*", 0);
	globs("none*", GLOB_NOCHECK);
	globs("a/1.c", 0);
	globs("a/9.c", 0);
	globs("a/9.c", GLOB_NOMAGIC);
	globs("*.[ch]", 0);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

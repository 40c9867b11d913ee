/* fnmatch (POSIX): shell patterns * ? [set] [!set] [a-z], backslash
 * escapes unless FNM_NOESCAPE; FNM_PATHNAME (no wildcard matches '/'),
 * FNM_PERIOD (a leading '.' must be matched literally), FNM_CASEFOLD.
 * Backtracking over the last '*' only: linear enough for file names. */
#include <ctype.h>
#include <fnmatch.h>

static int fold(int c, int flags)
{
	return flags & FNM_CASEFOLD ? tolower(c) : c;
}

/* A character class "[:name:]" at @p: its length and whether @c is in
 * it (*@in), or 0 if @p starts no class. */
static int cclass(const char *p, int c, int *in)
{
	static const char *const names[12] = { "alnum", "alpha", "blank",
		"cntrl", "digit", "graph", "lower", "print", "punct", "space",
		"upper", "xdigit" };
	static int (*const fns[12])(int) = { isalnum, isalpha, isblank,
		iscntrl, isdigit, isgraph, islower, isprint, ispunct, isspace,
		isupper, isxdigit };
	int i, n;

	if (p[0] != '[' || p[1] != ':')
		return 0;
	for (i = 0; i < 12; i++) {
		for (n = 0; names[i][n] && p[2 + n] == names[i][n]; n++)
			;
		if (!names[i][n] && p[2 + n] == ':' && p[3 + n] == ']') {
			*in = fns[i](c) != 0;
			return n + 4;
		}
	}
	return 0;
}

/* Does @c match the bracket expression at @p (after '[')? Sets *@end
 * after its ']'; -1 if the bracket is not closed. */
static int bracket(const char *p, int c, int flags, const char **end)
{
	int neg = *p == '!' || *p == '^', hit = 0, lo, hi;

	p += neg;
	if (*p == ']')
		hit |= c == ']', p++;
	for (; *p && *p != ']'; p++) {
		if ((lo = cclass(p, c, &hi))) {
			hit |= hi;
			p += lo - 1;
			continue;
		}
		lo = *p;
		if (lo == '\\' && !(flags & FNM_NOESCAPE) && p[1])
			lo = *++p;
		if (p[1] == '-' && p[2] && p[2] != ']') {
			hi = p[2] == '\\' && !(flags & FNM_NOESCAPE) && p[3] ?
			     p[3] : p[2];
			p += p[2] == '\\' && !(flags & FNM_NOESCAPE) ? 3 : 2;
			hit |= fold(c, flags) >= fold(lo, flags) &&
			       fold(c, flags) <= fold(hi, flags);
		} else {
			hit |= fold(c, flags) == fold(lo, flags);
		}
	}
	if (!*p)
		return -1;
	*end = p + 1;
	return hit != neg;
}

int fnmatch(const char *pat, const char *s, int flags)
{
	const char *star = 0, *resume = 0, *start = s, *e;
	int m;

	while (*s) {
		int lead = *s == '.' && flags & FNM_PERIOD &&
			   (s == start || (flags & FNM_PATHNAME && s[-1] == '/'));

		if (*pat == '*' && !lead) {
			star = ++pat;
			resume = s;
			continue;
		}
		if (*pat == '?' && !lead && !(*s == '/' && flags & FNM_PATHNAME)) {
			pat++, s++;
			continue;
		}
		if (*pat == '[' && !lead && !(*s == '/' && flags & FNM_PATHNAME) &&
		    (m = bracket(pat + 1, (unsigned char)*s, flags, &e)) >= 0) {
			if (m) {
				pat = e, s++;
				continue;
			}
		} else if (*pat && *pat != '*' && *pat != '?' &&
			   (*pat != '[' || bracket(pat + 1, 0, flags, &e) < 0)) {
			const char *q = pat;

			if (*q == '\\' && !(flags & FNM_NOESCAPE) && q[1])
				q++;
			if (fold((unsigned char)*q, flags) ==
			    fold((unsigned char)*s, flags)) {
				pat = q + 1, s++;
				continue;
			}
		}
		/* mismatch: let the last '*' take one more byte */
		if (!star || (flags & FNM_PATHNAME && *resume == '/'))
			return FNM_NOMATCH;
		pat = star;
		s = ++resume;
	}
	while (*pat == '*')
		pat++;
	return *pat ? FNM_NOMATCH : 0;
}

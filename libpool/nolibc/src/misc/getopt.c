/* getopt, getopt_long, getopt_long_only as glibc's: short options ("x:"
 * takes an argument, "x::" an optional one attached), long options
 * ("--name", "--name=value", unambiguous prefixes), and GNU permutation:
 * operands met before an option are moved after the options, unless
 * @opts starts with '+' or POSIXLY_CORRECT is set (scanning then stops
 * at the first operand); a leading '-' returns each operand as the
 * argument of option 1. A ':' first (after '+'/'-') reports a missing
 * argument as ':' and prints nothing. "--" ends the options. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *optarg;
int optind = 1, opterr = 1, optopt;
static int pos;			/* in argv[optind]: 0 at a word's start */
static int first, last;		/* argv[first..last): operands skipped */

/* Moves the operands argv[first..last) after the options argv[last..
 * optind), keeping both orders. */
static void exchange(char **argv)
{
	char *t;
	int i, j;

	for (i = last; i < optind; i++) {
		t = argv[i];
		for (j = i; j > first + (i - last); j--)
			argv[j] = argv[j - 1];
		argv[first + (i - last)] = t;
	}
	first += optind - last;
	last = optind;
}

static int is_opt(const char *w)
{
	return w[0] == '-' && w[1];
}

static int complain(const char *fmt, const char *prog, const char *what,
		    int colon)
{
	if (opterr && !colon)
		fprintf(stderr, fmt, prog, what);
	return '?';
}

/* One long option at argv[optind] + 2 (or + 1 for getopt_long_only). */
static int long_opt(int argc, char **argv, const char *w,
		    const struct option *lo, int *idx, int colon)
{
	size_t n = strcspn(w, "=");
	const struct option *hit = NULL, *o;
	int exact = 0, ambiguous = 0;

	for (o = lo; o->name; o++) {
		if (strncmp(o->name, w, n))
			continue;
		if (strlen(o->name) == n) {
			hit = o;
			exact = 1;
			break;
		}
		if (hit && (hit->has_arg != o->has_arg || hit->flag != o->flag ||
			    hit->val != o->val))
			ambiguous = 1;
		if (!hit)
			hit = o;
	}
	optind++;
	optopt = 0;
	if (ambiguous && !exact)
		return complain("%s: option '--%s' is ambiguous\n", argv[0], w,
				colon);
	if (!hit)
		return complain("%s: unrecognized option '--%s'\n", argv[0], w,
				colon);
	optopt = hit->val;
	if (w[n] == '=') {
		if (hit->has_arg == no_argument)
			return complain("%s: option '--%s' doesn't allow an "
					"argument\n", argv[0], hit->name, colon);
		optarg = (char *)w + n + 1;
	} else if (hit->has_arg == required_argument) {
		if (optind >= argc)
			return colon ? ':' : complain("%s: option '--%s' "
				"requires an argument\n", argv[0], hit->name, 0);
		optarg = argv[optind++];
	} else {
		optarg = NULL;
	}
	if (idx)
		*idx = hit - lo;
	if (hit->flag) {
		*hit->flag = hit->val;
		return 0;
	}
	return hit->val;
}

/* Finds the next option word, permuting; 0, or the value to return. */
static int next_word(int argc, char **argv, int permute, int ret_ops)
{
	if (optind == 0 || optind < first) {	/* a (re)start */
		optind = first = last = 1;
		pos = 0;
	}
	if (pos)
		return 0;
	if (permute) {
		if (first != last && last != optind)
			exchange(argv);
		else if (last != optind)
			first = optind;
		while (optind < argc && !is_opt(argv[optind]))
			optind++;
		last = optind;
	}
	if (optind < argc && !strcmp(argv[optind], "--")) {
		optind++;
		if (first != last && last != optind)
			exchange(argv);
		else if (first == last)
			first = optind;
		last = optind = argc;
	}
	if (optind >= argc) {
		if (first != last)
			optind = first;
		return -1;
	}
	if (!is_opt(argv[optind])) {
		if (!ret_ops)
			return -1;
		optarg = argv[optind++];
		return 1;
	}
	return 0;
}

static int scan(int argc, char *const av[], const char *opts,
		const struct option *lo, int *idx, int long_only)
{
	char **argv = (char **)av, *w;
	int permute = 1, ret_ops = 0, colon, r;
	const char *o;

	if (*opts == '+' || *opts == '-') {
		permute = 0;
		ret_ops = *opts++ == '-';
	} else if (getenv("POSIXLY_CORRECT")) {
		permute = 0;
	}
	colon = *opts == ':';
	optarg = NULL;
	r = next_word(argc, argv, permute, ret_ops);
	if (r)
		return r;
	w = argv[optind];
	if (!pos && lo && w[1] == '-')
		return long_opt(argc, argv, w + 2, lo, idx, colon);
	if (!pos && lo && long_only && (w[2] || !strchr(opts, w[1]))) {
		const struct option *p;
		size_t n = strcspn(w + 1, "=");

		for (p = lo; p->name; p++)
			if (!strncmp(p->name, w + 1, n))
				return long_opt(argc, argv, w + 1, lo, idx,
						colon);
		if (!strchr(opts, w[1])) {
			optind++;
			optopt = 0;
			return complain("%s: unrecognized option '-%s'\n",
					argv[0], w + 1, colon);
		}
	}
	if (!pos)
		pos = 1;
	optopt = (unsigned char)w[pos];
	o = optopt == ':' ? NULL : strchr(opts, optopt);
	if (!w[++pos]) {
		optind++;
		pos = 0;
	}
	if (!o) {
		if (opterr && !colon)
			fprintf(stderr, "%s: invalid option -- '%c'\n",
				argv[0], optopt);
		return '?';
	}
	if (o[1] != ':')
		return optopt;
	if (pos) {		/* the rest of this word */
		optarg = w + pos;
		optind++;
		pos = 0;
	} else if (o[2] == ':') {
		optarg = NULL;	/* optional, and not attached */
	} else if (optind < argc) {
		optarg = argv[optind++];
	} else {
		if (colon)
			return ':';
		if (opterr)
			fprintf(stderr, "%s: option requires an argument "
				"-- '%c'\n", argv[0], optopt);
		return '?';
	}
	return optopt;
}

int getopt(int argc, char *const argv[], const char *opts)
{
	return scan(argc, argv, opts, NULL, NULL, 0);
}

int getopt_long(int argc, char *const argv[], const char *opts,
		const struct option *lo, int *idx)
{
	return scan(argc, argv, opts, lo, idx, 0);
}

int getopt_long_only(int argc, char *const argv[], const char *opts,
		     const struct option *lo, int *idx)
{
	return scan(argc, argv, opts, lo, idx, 1);
}

/* Host test: nolibc's getopt/getopt_long (built with an nl_ prefix,
 * tests/test_nolibc_host.py) against glibc's on the same argument
 * vectors: every return value, optarg, optopt, the long index, the final
 * optind and the permuted argv. Prints SUCCESS or what differs. */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdio.h>
#include <string.h>

extern char *nl_optarg;
extern int nl_optind, nl_opterr, nl_optopt;
int nl_getopt_long(int, char *const[], const char *, const struct option *,
		   int *);
int nl_getopt_long_only(int, char *const[], const char *,
			const struct option *, int *);

static int fails, flag;
static const struct option lo[] = {
	{ "verbose", no_argument, NULL, 'v' },
	{ "output", required_argument, NULL, 'o' },
	{ "color", optional_argument, NULL, 'c' },
	{ "flag", no_argument, &flag, 42 },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static void run(const char *opts, int nlong, const char *args)
{
	char ba[256], bb[256], *va[32], *vb[32];
	int na = 0, nb = 0, ra, rb, ia, ib, step;

	strcpy(ba, args);
	strcpy(bb, args);
	for (char *t = strtok(ba, " "); t; t = strtok(NULL, " "))
		va[na++] = t;
	for (char *t = strtok(bb, " "); t; t = strtok(NULL, " "))
		vb[nb++] = t;
	va[na] = vb[nb] = NULL;
	optind = 0;
	nl_optind = 0;
	opterr = nl_opterr = 0;
	for (step = 0; step < 40; step++) {
		ia = ib = -7;
		ra = nlong == 2 ? getopt_long_only(na, va, opts, lo, &ia) :
		     nlong ? getopt_long(na, va, opts, lo, &ia) :
			     getopt(na, va, opts);
		rb = nlong == 2 ? nl_getopt_long_only(nb, vb, opts, lo, &ib) :
		     nlong ? nl_getopt_long(nb, vb, opts, lo, &ib) :
			     nl_getopt_long(nb, vb, opts, NULL, &ib);
		if (ra != rb || ia != ib || (ra == '?' && optopt != nl_optopt) ||
		    (!optarg) != (!nl_optarg) ||
		    (optarg && strcmp(optarg, nl_optarg))) {
			printf("FAIL [%s] %s step %d: glibc %d %s ia=%d, "
			       "nolibc %d %s ib=%d\n", opts, args, step, ra,
			       optarg ? optarg : "-", ia, rb,
			       nl_optarg ? nl_optarg : "-", ib);
			fails++;
			return;
		}
		if (ra == -1)
			break;
	}
	if (optind != nl_optind) {
		printf("FAIL [%s] %s: optind %d / %d\n", opts, args, optind,
		       nl_optind);
		fails++;
	}
	for (int i = 0; i < na; i++)
		if (strcmp(va[i], vb[i])) {
			printf("FAIL [%s] %s: argv[%d] %s / %s\n", opts, args,
			       i, va[i], vb[i]);
			fails++;
			break;
		}
}

int main(void)
{
	static const char *const vecs[] = {
		"p -a -b x file",
		"p file -a -bx other -- -a",
		"p -ab -c",
		"p -z -a",
		"p -b",
		"p a b c",
		"p -a - -b y",
		"p --verbose --output=f1 --output f2 in1 --col --color=red",
		"p --ver",
		"p --verb --flag --nope x",
		"p -vo out file --output",
		"p --output",
		"p --verbose=1",
		"p in -- --verbose",
		"p -verbose -o x -c",
	};
	size_t i;

	for (i = 0; i < sizeof(vecs) / sizeof(*vecs); i++) {
		run("ab:c::", 0, vecs[i]);
		run("+ab:c::", 0, vecs[i]);
		run("-ab:c::", 0, vecs[i]);
		run(":ab:c::", 0, vecs[i]);
		run("vo:c::ab:", 1, vecs[i]);
		run("vo:c::ab:", 2, vecs[i]);
	}
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

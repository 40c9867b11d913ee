/* POSIX getopt: short options, "x:" takes an argument (attached or the
 * next word), a leading ':' in @opts reports a missing argument as ':'
 * silently; "--" ends the options. The argument vector is not permuted
 * (POSIX, not GNU, behaviour). */
#include <unistd.h>
#include <stdio.h>
#include <string.h>

char *optarg;
int optind = 1, opterr = 1, optopt;
static int pos = 1;		/* in argv[optind] */

int getopt(int argc, char *const argv[], const char *opts)
{
	const char *o;
	char *w;

	if (optind == 0)	/* glibc's way to restart a scan */
		optind = pos = 1;
	if (optind >= argc || !(w = argv[optind]) || w[0] != '-' || !w[1])
		return -1;
	if (!strcmp(w, "--")) {
		optind++;
		return -1;
	}
	optopt = (unsigned char)w[pos];
	o = optopt == ':' ? NULL : strchr(opts, optopt);
	if (!w[++pos]) {
		optind++;
		pos = 1;
	}
	if (!o) {
		if (opterr && opts[0] != ':')
			fprintf(stderr, "%s: invalid option -- '%c'\n",
				argv[0], optopt);
		return '?';
	}
	if (o[1] != ':')
		return optopt;
	if (pos > 1) {		/* the rest of this word */
		optarg = w + pos;
		optind++;
		pos = 1;
	} else if (optind < argc) {
		optarg = argv[optind++];
	} else {
		if (opts[0] == ':')
			return ':';
		if (opterr)
			fprintf(stderr, "%s: option requires an argument "
				"-- '%c'\n", argv[0], optopt);
		return '?';
	}
	return optopt;
}

/* Quoting rules of uk_argnparse. */
#include <stdio.h>
#include <string.h>
#include <uk/argparse.h>

static int fails;

static void check(const char *in, int maxc, int want, const char *joined)
{
	char buf[128], out[128] = "", *argv[8];
	int i, n;

	strcpy(buf, in);
	n = uk_argnparse(buf, sizeof(buf), argv, maxc);
	for (i = 0; i < n; i++) {
		strcat(out, "<");
		strcat(out, argv[i]);
		strcat(out, ">");
	}
	if (n != want || strcmp(out, joined)) {
		printf("FAIL [%s]: %d %s\n", in, n, out);
		fails++;
	}
}

int main(void)
{
	check("", 8, 0, "");
	check("  a  b\tc ", 8, 3, "<a><b><c>");
	check("'a b' \"c \\\" d\" e\\ f", 8, 3, "<a b><c \" d><e f>");
	check("'' x'y'\"z\"", 8, 2, "<><xyz>");
	check("a b c", 2, 2, "<a><b>");
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails;
}

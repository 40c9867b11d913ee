/* Host test of uk_argnparse: gcc -I ../../include arg_cases.c ../../argparse.c */
#include <stdio.h>
#include <string.h>
#include <uk/argparse.h>
static int fails;
static void t(const char *in, unsigned long maxlen, int maxc, int want, const char *const *exp)
{
	char b[256], *av[16]; strcpy(b, in);
	int n = uk_argnparse(b, maxlen ? maxlen : strlen(in) + 1, av, maxc);
	int bad = n != want;
	for (int i = 0; !bad && i < n; i++) bad = strcmp(av[i], exp[i]) != 0;
	if (bad) { fails++; printf("FAIL [%s]: %d:", in, n); for (int i = 0; i < n; i++) printf(" <%s>", av[i]); puts(""); }
}
#define E(...) (const char *const[]){__VA_ARGS__}
int main(void)
{
	t("", 0, 8, 0, E(""));
	t("   \t ", 0, 8, 0, E(""));
	t("a b  c", 0, 8, 3, E("a", "b", "c"));
	t("  lead trail  ", 0, 8, 2, E("lead", "trail"));
	t("'a b' \"c d\" e\\ f", 0, 8, 3, E("a b", "c d", "e f"));
	t("'' \"\" x", 0, 8, 3, E("", "", "x"));
	t("'a'\"b\"c", 0, 8, 1, E("abc"));
	t("\"say \\\"hi\\\" \\\\ \\n\"", 0, 8, 1, E("say \"hi\" \\ \\n"));
	t("'no \\' esc", 0, 8, 2, E("no \\", "esc"));
	t("\\'q\\\" \\\\", 0, 8, 2, E("'q\"", "\\"));
	t("a b c d", 0, 2, 2, E("a", "b"));
	t("unterminated 'quote here", 0, 8, 2, E("unterminated", "quote here"));
	t("abcdef", 4, 8, 1, E("abc"));
	t("ab cd", 3, 8, 1, E("ab"));
	t("trailing\\", 0, 8, 1, E("trailing\\"));
	printf("%d failed\n", fails);
	return fails;
}
